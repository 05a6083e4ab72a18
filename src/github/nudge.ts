// After a request that queued GitHub work, the generator worker (the GITHUB binding) runs what is due
// now, in the background once the response is out; the cron stays the backstop for retries and for a
// nudge that failed. GITHUB_SYNC=cron (tests) leaves it all to the cron.
import type { Context } from "hono";
import { getGithubConfig } from "../platform/config";
import type { AppEnv } from "../platform/http/context";

/** The generator worker's RPC entrypoint (src/workers/generator.ts `GithubSync`). */
interface GithubSync {
  dispatch(): Promise<unknown>;
}

/** Asks the outbox's runner to run due jobs; call right before answering a 2xx that queued a job. */
export function nudgeGithub(c: Context<AppEnv>): void {
  if (getGithubConfig(c.env).GITHUB_SYNC !== "immediate") return;
  const sync = c.env.GITHUB as GithubSync | undefined;
  if (typeof sync?.dispatch !== "function") return;
  const run = sync
    .dispatch()
    .catch((err: Error) => console.error(JSON.stringify({ level: "error", msg: "github nudge", error: err.message })));
  try {
    c.executionCtx.waitUntil(run);
  } catch {
    // app.request without an execution context: nothing to wait for.
  }
}
