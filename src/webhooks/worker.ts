// What the generator worker (src/workers/generator.ts) hosts for webhooks: the cron-driven deliverer.
// Apart from index.ts so that the API bundle never loads standardwebhooks.
import { getDbConfig, getWebhookUrlConfig } from "../platform/config";
import { createDb } from "../platform/db/client";
import { DISPATCH_BATCH, type DispatchReport, dispatchDue } from "./deliver";

/** How long one cron run keeps claiming rounds (the next run starts a minute later). */
const RUN_BUDGET_MS = 40_000;

/**
 * One cron run: rounds of dispatchDue until fewer than a full batch was due or the budget is spent.
 * A row claimed by a run that dies is due again after its lease (CLAIM_LEASE_SECONDS).
 */
export async function runWebhookDispatcher(
  env: object,
  /** Only these subscriptions' deliveries (tests: other files' rows in the shared database stay theirs). */
  subscriptionIds?: readonly string[],
): Promise<DispatchReport> {
  const db = createDb(getDbConfig(env));
  const { allowPrivateUrls } = getWebhookUrlConfig(env);
  const total: DispatchReport = { claimed: 0, delivered: 0, retrying: 0, failed: 0 };
  const started = Date.now();
  for (;;) {
    const r = await dispatchDue(db, { allowLocal: allowPrivateUrls, limit: DISPATCH_BATCH, subscriptionIds });
    total.claimed += r.claimed;
    total.delivered += r.delivered;
    total.retrying += r.retrying;
    total.failed += r.failed;
    if (r.claimed < DISPATCH_BATCH || Date.now() - started > RUN_BUDGET_MS) return total;
  }
}
