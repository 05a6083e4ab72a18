// The project's one pull request: found (the stored number, else an open one from the branch, left by a
// push that died before storing it), reopened, or opened; its title and body kept up to date.
import type { Octokit } from "@octokit/rest";
import { eq } from "drizzle-orm";
import type { Export } from "../export";
import type { Db } from "../platform/db/client";
import { githubConnections } from "../platform/db/schema";
import { statusOf } from "./client";
import { type Repo, unlessMissing } from "./push-git";

/** Documents listed in the pull request's body; more are counted (GitHub bounds a body to 65,536 characters). */
export const PULL_BODY_DOCUMENTS = 100;

export const pullTitle = (projectName: string) => `Spec: ${projectName}`;

const cell = (v: unknown) => String(v).replace(/\r?\n/g, " ").replace(/\|/g, "\\|");

/** The body: what the documents are, and where to start (HANDOFF.md). */
export function pullBody(ex: Pick<Export, "project" | "artifacts">, prefix: string): string {
  const { project, artifacts } = ex;
  const shown = artifacts.slice(0, PULL_BODY_DOCUMENTS);
  const count = (s: string) => artifacts.filter((a) => a.validationStatus === s).length;
  return [
    `The specification of **${cell(project.name)}**, exported by Spec Drive (phase \`${project.currentPhase}\`).`,
    "",
    `Start with \`${prefix}HANDOFF.md\`: what to build, the requirements' status, the approvals and the open change requests. ` +
      `\`${prefix}LLM_CONTEXT.md\` holds every document in one file for a coding agent; ` +
      `\`${prefix}traceability.json\` maps requirements to tasks and tests; \`${prefix}CHANGELOG.md\` lists the merged change requests.`,
    "",
    `${artifacts.length} documents: ${count("pass")} pass, ${count("warn")} warn, ${count("fail")} fail, ${count("pending")} pending.`,
    "",
    ...(shown.length === 0
      ? []
      : [
          "| document | version | validation |",
          "|---|---|---|",
          ...shown.map(
            (a) => `| \`${cell(`${prefix}${a.phase}/${a.name}`)}\` | ${a.version} | ${a.validationStatus} |`,
          ),
          ...(artifacts.length > shown.length ? ["", `… and ${artifacts.length - shown.length} more.`] : []),
          "",
        ]),
    "This pull request is updated by every push from Spec Drive; edits to these files on the branch are reported as drift.",
  ].join("\n");
}

type Pull = Awaited<ReturnType<Octokit["pulls"]["get"]>>["data"];

export interface PullTarget extends Repo {
  projectId: string;
  branch: string;
  base: string;
  /** The stored pull request (the connection's pullNumber and pullUrl). */
  pullNumber: number | null;
  pullUrl: string | null;
  title: string;
  body: string;
}

export interface PullOutcome {
  pullNumber: number | null;
  pullUrl: string | null;
}

/** Stores the pull request on the connection at once: a later failure must not lose it (a duplicate would follow). */
async function remember(db: Db, projectId: string, pull: { number: number; html_url: string }) {
  await db
    .update(githubConnections)
    .set({ pullNumber: pull.number, pullUrl: pull.html_url, updatedAt: new Date() })
    .where(eq(githubConnections.projectId, projectId));
}

/** The stored pull request, if it is still this branch's; else an open one from the branch. */
async function findPull(octokit: Octokit, t: PullTarget): Promise<Pull | undefined> {
  const r = { owner: t.owner, repo: t.repo };
  if (t.pullNumber !== null) {
    const stored = await unlessMissing(() => octokit.pulls.get({ ...r, pull_number: t.pullNumber as number }));
    if (stored && stored.data.head.ref === t.branch) return stored.data;
  }
  // `head` filters in its "owner:branch" form only; at most one open pull request per head and base.
  const { data: open } = await octokit.pulls.list({
    ...r,
    state: "open",
    head: `${t.owner}:${t.branch}`,
    per_page: 10,
  });
  const adopted = open.find((p) => p.base.ref === t.base) ?? open[0];
  return adopted ? (adopted as unknown as Pull) : undefined;
}

/**
 * The project's pull request after a push: the open one updated, a closed (not merged) one reopened, or a new
 * one opened when there is none or the last was merged. No pull request when the branch holds nothing the
 * base lacks (GitHub's 422 "No commits between"): the merged one stays the project's.
 */
export async function ensurePull(db: Db, octokit: Octokit, t: PullTarget): Promise<PullOutcome> {
  const r = { owner: t.owner, repo: t.repo };
  const found = await findPull(octokit, t);
  if (found && (found.state === "open" || !found.merged)) {
    if (found.number !== t.pullNumber) await remember(db, t.projectId, found);
    const reopen = found.state !== "open";
    if (reopen || found.title !== t.title || found.body !== t.body) {
      try {
        await octokit.pulls.update({
          ...r,
          pull_number: found.number,
          title: t.title,
          body: t.body,
          ...(reopen && { state: "open" }),
        });
        return { pullNumber: found.number, pullUrl: found.html_url };
      } catch (err) {
        // A closed pull request GitHub will not reopen (its branch was recreated, say): a new one follows.
        if (!(reopen && statusOf(err) === 422)) throw err;
      }
    } else {
      return { pullNumber: found.number, pullUrl: found.html_url };
    }
  }
  try {
    const { data: created } = await octokit.pulls.create({
      ...r,
      title: t.title,
      head: t.branch,
      base: t.base,
      body: t.body,
    });
    await remember(db, t.projectId, created);
    return { pullNumber: created.number, pullUrl: created.html_url };
  } catch (err) {
    if (statusOf(err) !== 422) throw err;
    const message = JSON.stringify((err as { response?: { data?: unknown } }).response?.data ?? "");
    // Nothing to propose: the base already has every commit of the branch (the last pull request was merged).
    if (/No commits between/i.test(message)) {
      return found
        ? { pullNumber: found.number, pullUrl: found.html_url }
        : { pullNumber: t.pullNumber, pullUrl: t.pullUrl };
    }
    // Opened meanwhile by someone else: a plain error, so that the outbox retries (a 4xx would fail the job)
    // and the next attempt adopts it. Any other refusal (a base that is gone, say) is GitHub's to report.
    if (/already exists/i.test(message)) {
      throw new Error(`a pull request from ${t.branch} was opened during the push: ${message}`);
    }
    throw err;
  }
}
