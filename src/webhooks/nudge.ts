import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../platform/http/context";

/** The generator worker's RPC entrypoint (src/workers/generator.ts `WebhookDispatcher`). */
interface Dispatcher {
  dispatch(): Promise<unknown>;
}

/**
 * After a successful request that wrote webhook events, asks the deliverer to send what is due now
 * (in the background, once the response is out), so a subscriber hears of an event in seconds rather
 * than at the next cron minute; the cron stays the backstop for retries and for a nudge that failed.
 */
export const nudgeDeliverer = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (!c.get("webhookEvents") || c.res.status >= 400 || c.var.config?.WEBHOOK_DISPATCH !== "immediate") return;
  const dispatcher = c.env.WEBHOOKS as Dispatcher | undefined;
  if (typeof dispatcher?.dispatch !== "function") return;
  const sent = dispatcher
    .dispatch()
    .catch((err: Error) => console.error(JSON.stringify({ level: "error", msg: "webhook nudge", error: err.message })));
  try {
    c.executionCtx.waitUntil(sent);
  } catch {
    // app.request without an execution context: nothing to wait for.
  }
});
