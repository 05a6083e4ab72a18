// The subscription routes: create (secret once), list (keyset), get, update, delete, rotate; the URL
// rules as the API answers them; roles; the per-workspace maximum.
import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "../../../src/webhooks";
import { call, expectError, signedInUser, sql } from "../helpers";
import { createWebhook, hooksPath, memberWith, receiverEndpoint, withWorkspace } from "./fixtures";

const URL_OK = "https://hooks.example.com/spec-drive";

describe("webhook subscriptions", () => {
  it("create answers the secret once (whsec_ + base64 of 32 bytes); get and list never show it", async () => {
    const { user, workspaceId } = await withWorkspace();
    const r = await call(user, "POST", hooksPath(workspaceId), {
      url: URL_OK,
      eventTypes: ["member.added", "member.added"],
    });
    expect(r.status).toBe(201);
    expect(r.roundTrips).toBe(1);
    expect(r.json.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(atob(r.json.secret.slice(6)).length).toBe(32);
    expect(r.json.webhook).toMatchObject({ url: URL_OK, eventTypes: ["member.added"], active: true, workspaceId });
    const one = await call(user, "GET", `${hooksPath(workspaceId)}/${r.json.webhook.id}`);
    expect(one.status).toBe(200);
    expect(one.text).not.toContain(r.json.secret.slice(6));
    expect(one.json.webhook).not.toHaveProperty("secret");
    const list = await call(user, "GET", hooksPath(workspaceId));
    expect(list.text).not.toContain(r.json.secret.slice(6));
    expect(list.json.items.map((w: { id: string }) => w.id)).toEqual([r.json.webhook.id]);
  });

  it("refuses each disallowed URL with 422 webhook_url_not_allowed naming the reason", async () => {
    const { user, workspaceId } = await withWorkspace();
    for (const [url, reason] of [
      ["http://hooks.example.com/x", /https/],
      ["https://localhost/x", /private name/],
      ["https://10.1.2.3/x", /private \(10/],
      ["https://169.254.169.254/latest", /link-local/],
      ["https://[fd00::1]/x", /unique-local/],
      ["https://a:b@hooks.example.com/x", /user name or password/],
      ["https://hooks.example.com:8443/x", /port/],
      ["https://svc.internal/x", /\.internal/],
      ["http://localhost:8026/hooks/x", /https/],
    ] as const) {
      const r = await call(user, "POST", hooksPath(workspaceId), { url, eventTypes: ["member.added"] });
      const body = expectError(r, 422, "webhook_url_not_allowed");
      expect(body.error.message).toMatch(reason);
    }
    const created = await createWebhook(user, workspaceId, URL_OK);
    const patch = await call(user, "PATCH", `${hooksPath(workspaceId)}/${created.webhook.id}`, {
      url: "https://127.0.0.1/x",
    });
    expect(expectError(patch, 422, "webhook_url_not_allowed").error.message).toMatch(/loopback/);
  });

  it("the local receiver (http://127.0.0.1) is accepted because the test bindings allow it", async () => {
    const { user, workspaceId } = await withWorkspace();
    const created = await createWebhook(user, workspaceId, receiverEndpoint().url);
    expect(created.webhook.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hooks\//);
  });

  it("validates event types: 1 to all of WEBHOOK_EVENT_TYPES, known names only", async () => {
    const { user, workspaceId } = await withWorkspace();
    for (const eventTypes of [[], ["nope.happened"], [...WEBHOOK_EVENT_TYPES, "member.added"]]) {
      const r = await call(user, "POST", hooksPath(workspaceId), { url: URL_OK, eventTypes });
      expectError(r, 400, "validation_failed");
    }
    const all = await call(user, "POST", hooksPath(workspaceId), { url: URL_OK, eventTypes: [...WEBHOOK_EVENT_TYPES] });
    expect(all.status).toBe(201);
    const long = await call(user, "POST", hooksPath(workspaceId), {
      url: `https://hooks.example.com/${"a".repeat(2048)}`,
      eventTypes: ["member.added"],
    });
    expectError(long, 400, "validation_failed");
  });

  it("at most 20 subscriptions per workspace: the 21st is 403 quota_exceeded", async () => {
    const { user, workspaceId } = await withWorkspace();
    await sql.query(
      `insert into webhook_subscriptions (workspace_id, url, event_types, secret)
       select $1, 'https://hooks.example.com/' || g, '["member.added"]', 'whsec_x' from generate_series(1, 19) g`,
      [workspaceId],
    );
    await createWebhook(user, workspaceId, URL_OK);
    const r = await call(user, "POST", hooksPath(workspaceId), { url: URL_OK, eventTypes: ["member.added"] });
    expect(expectError(r, 403, "quota_exceeded").error.message).toMatch(/at most 20/);
  });

  it("lists in keyset pages, newest first; a forged cursor is 400 invalid_cursor", async () => {
    const { user, workspaceId } = await withWorkspace();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createWebhook(user, workspaceId, `${URL_OK}/${i}`)).webhook.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r: { json: { items: { id: string }[]; nextCursor: string | null } } = await call(
        user,
        "GET",
        `${hooksPath(workspaceId)}?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(r.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...r.json.items.map((w) => w.id));
      cursor = r.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    expectError(await call(user, "GET", `${hooksPath(workspaceId)}?cursor=bm9wZQ`), 400, "invalid_cursor");
    expectError(await call(user, "GET", `${hooksPath(workspaceId)}?limit=101`), 400, "validation_failed");
  });

  it("updates, deactivates and deletes; another workspace's webhook is 404", async () => {
    const { user, workspaceId } = await withWorkspace();
    const { webhook } = await createWebhook(user, workspaceId, URL_OK);
    const path = `${hooksPath(workspaceId)}/${webhook.id}`;
    const r = await call(user, "PATCH", path, { eventTypes: ["approval.given"], active: false });
    expect(r.status).toBe(200);
    expect(r.json.webhook).toMatchObject({ eventTypes: ["approval.given"], active: false });
    expectError(await call(user, "PATCH", path, {}), 400, "validation_failed");
    const other = await withWorkspace();
    expectError(await call(other.user, "GET", path), 404, "not_found");
    expectError(await call(user, "GET", `${hooksPath(other.workspaceId)}/${webhook.id}`), 404, "not_found");
    expect((await call(user, "DELETE", path)).status).toBe(204);
    expectError(await call(user, "GET", path), 404, "not_found");
  });

  it("only roles with workspace:manage: an editor gets 403 insufficient_role, an admin may", async () => {
    const { user, workspaceId } = await withWorkspace();
    const editor = await memberWith(workspaceId, "editor");
    const r = await call(editor, "POST", hooksPath(workspaceId), { url: URL_OK, eventTypes: ["member.added"] });
    expectError(r, 403, "insufficient_role");
    const admin = await memberWith(workspaceId, "admin");
    expect(
      (await call(admin, "POST", hooksPath(workspaceId), { url: URL_OK, eventTypes: ["member.added"] })).status,
    ).toBe(201);
    const stranger = await signedInUser();
    expectError(
      await call(stranger, "POST", hooksPath(workspaceId), { url: URL_OK, eventTypes: ["member.added"] }),
      404,
      "not_found",
    );
    expect((await call(user, "GET", hooksPath(workspaceId))).json.items).toHaveLength(1);
  });

  it("rotate-secret answers a new secret once and keeps the previous one for 24 hours", async () => {
    const { user, workspaceId } = await withWorkspace();
    const { webhook, secret } = await createWebhook(user, workspaceId, URL_OK);
    const r = await call(user, "POST", `${hooksPath(workspaceId)}/${webhook.id}/rotate-secret`);
    expect(r.status).toBe(200);
    expect(r.json.secret).toMatch(/^whsec_/);
    expect(r.json.secret).not.toBe(secret);
    const until = Date.parse(r.json.webhook.previousSecretExpiresAt) - Date.now();
    expect(until).toBeGreaterThan(23.9 * 3600_000);
    expect(until).toBeLessThanOrEqual(24 * 3600_000 + 5000);
    const [row] = (await sql.query("select secret, previous_secret from webhook_subscriptions where id = $1", [
      webhook.id,
    ])) as { secret: string; previous_secret: string }[];
    expect(row).toEqual({ secret: r.json.secret, previous_secret: secret });
  });
});

describe("webhook list of a workspace the caller is no member of", () => {
  it("is 404, not an empty page", async () => {
    const { workspaceId } = await withWorkspace();
    expectError(await call(await signedInUser(), "GET", hooksPath(workspaceId)), 404, "not_found");
  });
});
