// After a request that queued GitHub work, an instance of the outbox's waker (GithubOutboxWorkflow in
// the generator worker, the GITHUB_OUTBOX binding) starts for the project: it runs what is due and
// sleeps until each retry is due. The generator's cron stays the backstop for an instance that could
// not be started. GITHUB_SYNC=cron (tests) leaves it all to the cron.
import type { Context } from "hono";
import { getGithubConfig } from "../platform/config-github";
import type { AppEnv } from "../platform/http/context";

/** The part of the Workflow binding the nudge uses. */
interface OutboxWorkflow {
  create(options: { params: { projectId: string } }): Promise<unknown>;
}

/** Starts the project's outbox run; call right before answering a 2xx that queued a job. */
export function nudgeGithub(c: Context<AppEnv>, projectId: string): void {
  if (getGithubConfig(c.env).GITHUB_SYNC !== "immediate") return;
  const outbox = c.env.GITHUB_OUTBOX as OutboxWorkflow | undefined;
  if (typeof outbox?.create !== "function") return;
  const started = outbox
    .create({ params: { projectId } })
    .catch((err: Error) => console.error(JSON.stringify({ level: "error", msg: "github nudge", error: err.message })));
  try {
    c.executionCtx.waitUntil(started);
  } catch {
    // app.request without an execution context: nothing to wait for.
  }
}
