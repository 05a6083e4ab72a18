// Idempotency-Key on creating a webhook subscription (docs/idempotency.md, docs/webhooks.md): a retry after a
// lost reply replays the first answer, its secret included, and creates nothing more; another request with
// the key is 422; a refused request records nothing, and a retry with its key acts.
import { describe, expect, it } from "vitest";
import { WEBHOOKS_PER_WORKSPACE_MAX } from "../../../src/webhooks/queries";
import { call, expectError, signedInUser, sql, type User } from "../helpers";
import { hooksPath, withWorkspace } from "./fixtures";

const URL_OK = "https://hooks.example.com/keyed";
const body = { url: URL_OK, eventTypes: ["member.added"] };

const post = (user: User, path: string, key: string, b: unknown) =>
  call(user, "POST", path, b, { headers: { "idempotency-key": key } });

const rows = async (query: string, params: unknown[]) => (await sql.query(query, params)).length;
const subscriptions = (workspaceId: string) =>
  rows("select 1 from webhook_subscriptions where workspace_id = $1", [workspaceId]);
const keysOf = (user: User) => rows("select 1 from idempotency_keys where user_id = $1", [user.id]);

describe("Idempotency-Key on webhook create", () => {
  it("the same key and body replay the first answer byte for byte, the secret as created; one subscription, one audit row", async () => {
    const { user, workspaceId } = await withWorkspace();
    const path = hooksPath(workspaceId);
    const key = crypto.randomUUID();
    const first = await post(user, path, key, body);
    expect([first.status, first.headers.get("idempotent-replayed")], first.text).toEqual([201, null]);
    expect(first.roundTrips).toBe(1);
    const again = await post(user, path, key, body);
    expect([again.status, again.text, again.headers.get("idempotent-replayed")]).toEqual([201, first.text, "true"]);
    expect(again.roundTrips).toBe(2);
    expect(await subscriptions(workspaceId)).toBe(1);
    const [stored] = (await sql.query("select secret from webhook_subscriptions where id = $1", [
      first.json.webhook.id,
    ])) as { secret: string }[];
    expect(again.json.secret).toBe(stored!.secret);
    expect(
      await rows("select 1 from audit_events where workspace_id = $1 and action = 'webhook.subscription_changed'", [
        workspaceId,
      ]),
    ).toBe(1);
    // The first answer exactly, also after a rotation (the replay is not the subscription's state now).
    expect((await call(user, "POST", `${path}/${first.json.webhook.id}/rotate-secret`)).status).toBe(200);
    const later = await post(user, path, key, body);
    expect([later.status, later.text]).toEqual([201, first.text]);
  });

  it("the key with another body is 422 idempotency_key_reused; nothing is written", async () => {
    const { user, workspaceId } = await withWorkspace();
    const path = hooksPath(workspaceId);
    const key = crypto.randomUUID();
    expect((await post(user, path, key, body)).status).toBe(201);
    expectError(await post(user, path, key, { ...body, url: `${URL_OK}/2` }), 422, "idempotency_key_reused");
    expectError(
      await post(user, path, key, { ...body, eventTypes: ["member.removed"] }),
      422,
      "idempotency_key_reused",
    );
    expect(await subscriptions(workspaceId)).toBe(1);
    expect(await keysOf(user)).toBe(1);
  });

  it("a refused create (400 body, 422 URL, 404 not a member yet, 403 quota) records nothing; the retry with the key acts, once", async () => {
    const { workspaceId } = await withWorkspace();
    const admin = await signedInUser();
    const path = hooksPath(workspaceId);
    const key = crypto.randomUUID();
    expectError(await post(admin, path, key, { url: URL_OK, eventTypes: [] }), 400, "validation_failed");
    expectError(
      await post(admin, path, key, { ...body, url: "http://hooks.example.com/x" }),
      422,
      "webhook_url_not_allowed",
    );
    expectError(await post(admin, path, key, body), 404, "not_found");
    expect(await keysOf(admin)).toBe(0);
    await sql`insert into workspace_members (workspace_id, user_id, role) values (${workspaceId}, ${admin.id}, 'admin')`;
    await sql.query(
      `insert into webhook_subscriptions (workspace_id, url, event_types, secret)
       select $1, 'https://hooks.example.com/' || g, '["member.added"]', 'whsec_x' from generate_series(1, $2::int) g`,
      [workspaceId, WEBHOOKS_PER_WORKSPACE_MAX],
    );
    expectError(await post(admin, path, key, body), 403, "quota_exceeded");
    expect(await keysOf(admin)).toBe(0);
    await sql.query(
      "delete from webhook_subscriptions where workspace_id = $1 and url = 'https://hooks.example.com/1'",
      [workspaceId],
    );
    const acted = await post(admin, path, key, body);
    expect([acted.status, acted.headers.get("idempotent-replayed")], acted.text).toEqual([201, null]);
    const again = await post(admin, path, key, body);
    expect([again.status, again.text]).toEqual([201, acted.text]);
    expect(
      await rows("select 1 from webhook_subscriptions where workspace_id = $1 and url = $2", [workspaceId, URL_OK]),
    ).toBe(1);
  });
});
