// Git's side of the push: blob SHAs computed locally (so unchanged files are not sent), the branch's
// files under the spec directory, and the errors the push tells apart.
import type { Octokit } from "@octokit/rest";
import { statusOf } from "./client";

/** Runs `call`; a 404 answers undefined (the thing does not exist), anything else is thrown. */
export async function unlessMissing<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

/** "spec" → "spec/", "/specs/app/" → "specs/app/"; "" or "/" → "" (the repository's root). */
export const directoryPrefix = (directory: string) => {
  const d = directory.replace(/^\/+|\/+$/g, "");
  return d ? `${d}/` : "";
};

export interface Repo {
  owner: string;
  repo: string;
}

/** Where the push starts: the branch's head commit (or the default branch's when the branch is new). */
export interface Base {
  /** The branch exists (its ref is updated) or not (it is created). */
  exists: boolean;
  sha: string;
  treeSha: string;
  /** When the head commit was made (committer date), ISO. */
  date: string;
  /** Blob SHA by path, of every file under the spec directory at the head. */
  files: Map<string, string>;
}

/** Reads the branch's head (404 → the default branch's head) and the files of its tree under `prefix`. */
export async function readBase(
  octokit: Octokit,
  r: Repo,
  branch: string,
  defaultBranch: string,
  prefix: string,
): Promise<Base> {
  const own = await unlessMissing(() => octokit.git.getRef({ ...r, ref: `heads/${branch}` }));
  const ref = own ?? (await octokit.git.getRef({ ...r, ref: `heads/${defaultBranch}` }));
  const sha = ref.data.object.sha;
  const { data: commit } = await octokit.git.getCommit({ ...r, commit_sha: sha });
  const { data: tree } = await octokit.git.getTree({ ...r, tree_sha: commit.tree.sha, recursive: "1" });
  // GitHub cuts a recursive listing past 100,000 entries: deletions could then be missed.
  if (tree.truncated) throw new Error(`the tree of ${branch} is too large to list (GitHub truncated it)`);
  const files = new Map<string, string>();
  for (const e of tree.tree) {
    if (e.type === "blob" && e.path && e.sha && e.path.startsWith(prefix)) files.set(e.path, e.sha);
  }
  return { exists: own !== undefined, sha, treeSha: commit.tree.sha, date: commit.committer.date, files };
}

/** A tree entry the push writes: a file's new blob, or null to delete it. */
export interface TreeChange {
  path: string;
  mode: "100644";
  type: "blob";
  sha: string | null;
}

/** The branch moved between reading it and updating it (a non-fast-forward, or created meanwhile). */
export class BranchMoved extends Error {
  constructor(branch: string) {
    super(`the branch ${branch} moved during the push`);
    this.name = "BranchMoved";
  }
}

/**
 * Points the branch at `sha`: a fast-forward update of an existing branch, or its creation. GitHub's 422
 * (not a fast forward; the reference already exists) means someone else moved it meanwhile: BranchMoved.
 */
export async function moveBranch(octokit: Octokit, r: Repo, branch: string, exists: boolean, sha: string) {
  try {
    if (exists) await octokit.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: false });
    else await octokit.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha });
  } catch (err) {
    if (statusOf(err) === 422) throw new BranchMoved(branch);
    throw err;
  }
}
