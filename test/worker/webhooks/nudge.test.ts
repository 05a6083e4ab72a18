// The nudge (src/webhooks/nudge.ts): a request that wrote webhook events asks the deliverer to send them,
// once, after a successful answer, unless WEBHOOK_DISPATCH is "cron". The deliverer is a stand-in here
// that counts calls: the real RPC to the generator worker would send other test files' due rows too.
import { describe, expect, it } from "vitest";
import { projectWithDoc } from "../comments/fixtures";
import { call, sql } from "../helpers";

function countingDeliverer() {
  const calls: number[] = [];
  return { calls, WEBHOOKS: { dispatch: async () => void calls.push(Date.now()) } };
}

describe("webhook nudge", () => {
  it("an event written with a subscriber: one dispatch after the answer; none under cron, none on a 4xx", async () => {
    const { owner, project, artifactId, workspaceId } = await projectWithDoc();
    await sql`insert into webhook_subscriptions (workspace_id, url, event_types, secret)
              values (${workspaceId}, 'https://hooks.example.com/nudge', '["comment.created"]', 'whsec_nudge')`;
    const thread = (body: Record<string, unknown>, bindings: Record<string, unknown>) =>
      call(
        owner,
        "POST",
        `/api/projects/${project.id}/threads`,
        { artifactId, body: "Looks good", ...body },
        { bindings },
      );

    const immediate = countingDeliverer();
    expect((await thread({}, { ...immediate, WEBHOOK_DISPATCH: "immediate" })).status).toBe(201);
    expect(immediate.calls).toHaveLength(1);

    const cron = countingDeliverer();
    expect((await thread({}, { ...cron, WEBHOOK_DISPATCH: "cron" })).status).toBe(201);
    expect(cron.calls).toHaveLength(0);

    const refused = countingDeliverer();
    expect((await thread({ lineStart: 999, lineEnd: 999 }, { ...refused, WEBHOOK_DISPATCH: "immediate" })).status).toBe(
      422,
    );
    expect(refused.calls).toHaveLength(0);
  });

  it("a request that writes no event does not dispatch", async () => {
    const { owner, project } = await projectWithDoc();
    const d = countingDeliverer();
    const r = await call(owner, "GET", `/api/projects/${project.id}`, undefined, {
      bindings: { ...d, WEBHOOK_DISPATCH: "immediate" },
    });
    expect(r.status).toBe(200);
    expect(d.calls).toHaveLength(0);
  });
});
