import { getConfig } from "../platform/config";
import { createDb } from "../platform/db/client";
import type { Bindings } from "../platform/http/context";
import { CleanupError, runCleanup } from "./cleanup";

/**
 * Cron entry point (wrangler.toml [triggers]): builds its own db client from env, like a request,
 * runs the cleanup (registered with waitUntil and awaited), and logs ONE JSON line per run.
 * A failure is logged and rethrown, so the invocation is reported as failed.
 */
export async function scheduled(controller: ScheduledController, env: Bindings, ctx: ExecutionContext): Promise<void> {
  const started = Date.now();
  const base = { event: "cleanup", cron: controller.cron, scheduledTime: controller.scheduledTime };
  const run = (async () => {
    const config = getConfig(env);
    return runCleanup(createDb(config), { auditRetentionDays: config.AUDIT_RETENTION_DAYS });
  })();
  ctx.waitUntil(run.catch(() => {})); // the failure surfaces below, through the awaited promise
  try {
    const r = await run;
    console.log(JSON.stringify({ ...base, ok: true, ...r }));
  } catch (err) {
    const partial = err instanceof CleanupError ? err.partial : undefined;
    console.error(
      JSON.stringify({
        ...base,
        ok: false,
        error: err instanceof Error ? err.message : String(err),
        removed: partial?.removed,
        passes: partial?.passes ?? 0,
        durationMs: Date.now() - started,
        workLeft: true,
      }),
    );
    throw err;
  }
}
