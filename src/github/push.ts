// The push job: the export's files committed to the connection's branch and the project's one pull request
// opened or updated (docs/github.md, "Push").
//
// Idempotent by construction: the files are compared with the branch's head by git's blob SHA, so a run
// that died half-way and runs again sends only what is still missing, commits nothing when the head
// already holds the files, and finds the pull request it opened (stored at once, or listed by branch).
//
// HANDOFF.md and project.json carry their generation time. A push generates them at the time the files on
// the branch were generated first (the last push's pushedAt, then the head commit's date, which is that
// time too): if they and every document are unchanged, there is no commit. Otherwise they are generated
// now, and the commit carries that time as its date.
import { eq } from "drizzle-orm";
import { type ExportedFile, readExport } from "../export";
import { configSchema } from "../platform/config";
import { githubConnections } from "../platform/db/schema";
import { gitBlobSha } from "./git-blob";
import type { JobContext, JobHandler } from "./jobs";
import { type Base, BranchMoved, directoryPrefix, moveBranch, readBase, type TreeChange } from "./push-git";
import { ensurePull, pullBody, pullTitle } from "./push-pull";

/** Contents read per database round trip: the export's default page (EXPORT_PAGE_BYTES). */
const PAGE_BYTES = configSchema.in.shape.EXPORT_PAGE_BYTES.parse(undefined);

/** The commits' author and committer. */
const AUTHOR = { name: "Spec Drive", email: "spec-drive@users.noreply.github.com" };

/** Whole seconds, as a git commit's date holds them, ISO. */
const toSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

export interface PushResult {
  [key: string]: unknown;
  /** The branch's head after the push. */
  commitSha: string;
  pullNumber: number | null;
  pullUrl: string | null;
  /** Files the export has (each under the connection's directory). */
  files: number;
  /** A commit was made. */
  changed: boolean;
}

/** The files' changes against the branch: new blobs for what differs, deletions for what the export lost. */
class Changes {
  readonly entries: TreeChange[] = [];
  private readonly seen = new Set<string>();
  constructor(
    private readonly ctx: JobContext,
    private readonly base: Base,
    private readonly prefix: string,
  ) {}

  /** Whether `file` differs from the branch's (no blob written). */
  async differs(file: ExportedFile): Promise<boolean> {
    return (await gitBlobSha(file.text)) !== this.base.files.get(this.prefix + file.path);
  }

  /** Adds `file`: a blob is created only when it differs from the branch's. */
  async add(file: ExportedFile) {
    const path = this.prefix + file.path;
    this.seen.add(path);
    if (!(await this.differs(file))) return;
    const { owner, repo } = this.ctx.connection;
    const { data } = await this.ctx.octokit.git.createBlob({ owner, repo, content: file.text, encoding: "utf-8" });
    this.entries.push({ path, mode: "100644", type: "blob", sha: data.sha });
  }

  /**
   * Deletes the directory's files the export no longer has. Not when the directory is the repository's root:
   * every other file of the repository would go.
   */
  deleteUnseen() {
    if (!this.prefix) return;
    for (const path of this.base.files.keys()) {
      if (!this.seen.has(path)) this.entries.push({ path, mode: "100644", type: "blob", sha: null });
    }
  }
}

async function pushOnce(ctx: JobContext): Promise<PushResult> {
  const { db, octokit, connection: c } = ctx;
  const r = { owner: c.owner, repo: c.repo };
  const prefix = directoryPrefix(c.directory);
  const defaultBranch = c.defaultBranch ?? (await octokit.repos.get(r)).data.default_branch;
  const base = await readBase(octokit, r, c.branch, defaultBranch, prefix);
  const changes = new Changes(ctx, base, prefix);
  const ex = await readExport(db, c.projectId, PAGE_BYTES, (file) => changes.add(file));
  if (!ex) throw new Error(`project ${c.projectId} no longer exists`);
  const generated = (at: string) => [ex.manifest(at), ...ex.handoff.files(at)];

  // The generation time of the files on the branch, if they are still the export's.
  let generatedAt: string | undefined;
  if (changes.entries.length === 0) {
    const times = [c.pushedAt?.toISOString(), new Date(base.date).toISOString()];
    for (const at of times) {
      if (!at || generatedAt) continue;
      const differ = await Promise.all(generated(at).map((f) => changes.differs(f)));
      if (!differ.some(Boolean)) generatedAt = at;
    }
  }
  generatedAt ??= toSeconds(Date.now());
  const extra = generated(generatedAt);
  for (const f of extra) await changes.add(f);
  changes.deleteUnseen();
  const files = ex.documents.length + extra.length;
  let commitSha = base.sha;
  let changed = false;
  // A new branch is made even without changes only when there is something to propose; else the base
  // (the default branch) already holds the export.
  if (changes.entries.length > 0) {
    const { data: tree } = await octokit.git.createTree({ ...r, base_tree: base.treeSha, tree: changes.entries });
    if (tree.sha !== base.treeSha) {
      const person = { ...AUTHOR, date: generatedAt };
      const added = changes.entries.filter((e) => e.sha !== null).length;
      const { data: commit } = await octokit.git.createCommit({
        ...r,
        message: `Spec: ${ex.project.name}\n\nPushed by Spec Drive: ${added} files written, ${changes.entries.length - added} removed.`,
        tree: tree.sha,
        parents: [base.sha],
        author: person,
        committer: person,
      });
      await moveBranch(octokit, r, c.branch, base.exists, commit.sha);
      commitSha = commit.sha;
      changed = true;
    }
  }

  const branchExists = base.exists || changed;
  const pull = branchExists
    ? await ensurePull(db, octokit, {
        ...r,
        projectId: c.projectId,
        branch: c.branch,
        base: defaultBranch,
        pullNumber: c.pullNumber,
        pullUrl: c.pullUrl,
        title: pullTitle(ex.project.name),
        body: pullBody(ex, prefix),
      })
    : { pullNumber: c.pullNumber, pullUrl: c.pullUrl };
  // pushedAt: when the files now on the branch were generated (the next push generates them at it first).
  await db
    .update(githubConnections)
    .set({ ...pull, pushedSha: commitSha, pushedAt: new Date(generatedAt), updatedAt: new Date() })
    .where(eq(githubConnections.projectId, c.projectId));
  return { commitSha, ...pull, files, changed };
}

/**
 * Runs the push; when the branch moved under it (someone pushed meanwhile), once more from the new head.
 * A second move is thrown as a plain error: the outbox retries it later.
 */
export const runPush: JobHandler = async (ctx) => {
  try {
    return await pushOnce(ctx);
  } catch (err) {
    if (!(err instanceof BranchMoved)) throw err;
    return await pushOnce(ctx);
  }
};
