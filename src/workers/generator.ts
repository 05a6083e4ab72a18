// The generator worker (workers/generator/wrangler.toml): hosts GenerationWorkflow, so the LLM
// client and prompts stay out of the API worker's bundle, and the webhook deliverer (a cron trigger
// every minute: src/webhooks/worker.ts), so standardwebhooks does too, and the GitHub outbox (the same
// cron and GithubOutboxWorkflow, which the teams worker starts: src/github/worker.ts), so Octokit does too. The API binds to the workflow
// with `script_name` and starts/wakes runs through that binding; this worker serves no routes.
import { WorkerEntrypoint } from "cloudflare:workers";
import { runGithubDispatcher } from "../github/worker";
import { type GeneratorBindings, GenerationWorkflow as RunWorkflow } from "../runs/worker";
import { runWebhookDispatcher } from "../webhooks/worker";

export { GithubOutboxWorkflow } from "../github/worker";

/** The runs' Workflow, sending the webhook events a run writes as it writes them (its advances). */
export class GenerationWorkflow extends RunWorkflow {
  protected override eventsWritten(): void {
    this.ctx.waitUntil(runWebhookDispatcher(this.env).catch(() => undefined));
  }
}

/** The API's WEBHOOKS service binding: sends what is due now, after a request wrote webhook events. */
export class WebhookDispatcher extends WorkerEntrypoint<GeneratorBindings> {
  dispatch() {
    return runWebhookDispatcher(this.env);
  }
}

export default {
  fetch: () =>
    Response.json({ error: { code: "not_found", message: "the generator serves no routes" } }, { status: 404 }),
  scheduled: (_controller, env, ctx) => {
    ctx.waitUntil(
      runWebhookDispatcher(env).then(
        (r) => r.claimed > 0 && console.log(JSON.stringify({ level: "info", msg: "webhooks", ...r })),
        (err: Error) => console.error(JSON.stringify({ level: "error", msg: "webhooks", error: err.message })),
      ),
    );
    // The GitHub outbox: due jobs and retries (a request's nudge runs new ones at once; docs/github.md).
    ctx.waitUntil(
      runGithubDispatcher(env).then(
        (r) => r.claimed > 0 && console.log(JSON.stringify({ level: "info", msg: "github", ...r })),
        (err: Error) => console.error(JSON.stringify({ level: "error", msg: "github", error: err.message })),
      ),
    );
  },
} satisfies ExportedHandler<GeneratorBindings>;
