// What a GitHub webhook delivery asks of Spec Drive, read from its (verified) payload: the repository it
// is about and the one effect its event may have. Only the fields used are read; the rest of GitHub's
// payload passes unchecked (https://docs.github.com/en/webhooks/webhook-events-and-payloads).
import { z } from "zod";
import type { GithubIssueState } from "../platform/db/schema";

/** Most file paths of a push carried to the drift job (GitHub lists at most 20 commits per push). */
export const PUSH_FILES_MAX = 300;

const Repository = z.object({ id: z.number().int(), full_name: z.string().max(300) });
const Installation = z.object({ id: z.number().int() }).optional();

const IssuesPayload = z.object({
  action: z.string(),
  issue: z.object({ number: z.number().int().positive() }),
});

const PullRequestPayload = z.object({
  action: z.string(),
  number: z.number().int().positive(),
  pull_request: z.object({
    merged: z.boolean().nullish(),
    merge_commit_sha: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .nullish(),
    merged_at: z.string().nullish(),
  }),
});

const Commit = z.object({
  added: z.array(z.string()).optional(),
  modified: z.array(z.string()).optional(),
  removed: z.array(z.string()).optional(),
});

const PushPayload = z.object({
  ref: z.string().max(255),
  before: z.string().regex(/^[0-9a-f]{40}$/),
  after: z.string().regex(/^[0-9a-f]{40}$/),
  deleted: z.boolean().optional(),
  commits: z.array(Commit).max(2048).optional(),
});

/** The one thing a delivery may change. */
export type Effect =
  | { kind: "issue"; number: number; state: GithubIssueState }
  | { kind: "merged"; number: number; sha: string }
  | { kind: "push"; ref: string; before: string; after: string; files: string[]; truncated: boolean }
  | { kind: "none"; reason: string };

export interface Delivery {
  repository: { id: number; fullName: string } | null;
  installationId: number | null;
  effect: Effect;
}

/** The `issues` actions that set a task's issue state: deleted or transferred, the issue is gone from the repository. */
const ISSUE_STATE_OF: Record<string, GithubIssueState> = {
  closed: "closed",
  reopened: "open",
  deleted: "gone",
  transferred: "gone",
};

/** The effect of an `issues` event: closing, reopening, deleting or transferring change a task's state. */
function issueEffect(payload: unknown): Effect {
  const p = IssuesPayload.safeParse(payload);
  if (!p.success) return { kind: "none", reason: "malformed issues payload" };
  const state = Object.hasOwn(ISSUE_STATE_OF, p.data.action) ? ISSUE_STATE_OF[p.data.action] : undefined;
  if (state) return { kind: "issue", number: p.data.issue.number, state };
  return { kind: "none", reason: `issues ${p.data.action}` };
}

/** The effect of a `pull_request` event: a merge records the spec's commit. */
function pullEffect(payload: unknown): Effect {
  const p = PullRequestPayload.safeParse(payload);
  if (!p.success) return { kind: "none", reason: "malformed pull_request payload" };
  const pr = p.data.pull_request;
  if (p.data.action === "closed" && pr.merged === true && pr.merge_commit_sha) {
    return { kind: "merged", number: p.data.number, sha: pr.merge_commit_sha };
  }
  return { kind: "none", reason: `pull_request ${p.data.action}` };
}

/** The effect of a `push`: the paths its commits added, modified or removed (deduplicated, bounded). */
function pushEffect(payload: unknown): Effect {
  const p = PushPayload.safeParse(payload);
  if (!p.success) return { kind: "none", reason: "malformed push payload" };
  if (p.data.deleted) return { kind: "none", reason: "branch deleted" };
  const files = new Set<string>();
  let truncated = false;
  for (const c of p.data.commits ?? []) {
    for (const path of [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])]) {
      if (files.has(path)) continue;
      if (files.size >= PUSH_FILES_MAX) truncated = true;
      else files.add(path);
    }
  }
  const { ref, before, after } = p.data;
  return { kind: "push", ref, before, after, files: [...files], truncated };
}

/** What a verified delivery of `event` is about and asks for. */
export function readDelivery(event: string, payload: unknown): Delivery {
  const envelope = z.object({ repository: Repository.optional(), installation: Installation }).safeParse(payload);
  const repo = envelope.success ? envelope.data.repository : undefined;
  const effect =
    event === "issues"
      ? issueEffect(payload)
      : event === "pull_request"
        ? pullEffect(payload)
        : event === "push"
          ? pushEffect(payload)
          : { kind: "none" as const, reason: event === "ping" ? "ping" : `event ${event} not used` };
  return {
    repository: repo ? { id: repo.id, fullName: repo.full_name } : null,
    installationId: envelope.success ? (envelope.data.installation?.id ?? null) : null,
    effect,
  };
}
