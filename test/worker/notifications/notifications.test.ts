// Notification settings and the one-click unsubscribe (the mention mails that carry it: test/worker/comments/mentions.test.ts).
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "../../../src/notifications";
import { apiKeyFor } from "../api-key-fixtures";
import { api, call, expectError, read, signedInUser, sql } from "../helpers";

const unsubscribe = async (token: string) =>
  read(
    await api().request(`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
  );

describe("notification settings", () => {
  it("every kind is on by default; a session only (an API key is refused)", async () => {
    const user = await signedInUser();
    const r = await call(user, "GET", "/api/me/notifications");
    expect(r.status).toBe(200);
    expect(r.roundTrips).toBe(1);
    expect(r.json.notifications).toEqual({ invitation: true, review_request: true, mention: true, decision: true });
    const key = await apiKeyFor(user.id);
    const res = await api().request("/api/me/notifications", { headers: { authorization: `Bearer ${key.secret}` } });
    expect(res.status).toBe(401);
  });
});

describe("the one-click unsubscribe", () => {
  it("opts the token's user out of the token's kind only, once however often it is used", async () => {
    const user = await signedInUser();
    const token = unsubscribeToken(env.AUTH_SECRET, user.id, "review_request");
    for (let i = 0; i < 2; i++) {
      const r = await unsubscribe(token);
      expect(r.status).toBe(200);
      expect(r.json).toEqual({ kind: "review_request", unsubscribed: true });
    }
    const rows = await sql`select kind from notification_opt_outs where user_id = ${user.id}`;
    expect(rows).toEqual([{ kind: "review_request" }]);
  });

  it("refuses a token signed with another secret, for another kind or user, or cut short (400 invalid_token)", async () => {
    const user = await signedInUser();
    const other = await signedInUser();
    const good = unsubscribeToken(env.AUTH_SECRET, user.id, "mention");
    expect(readUnsubscribeToken(env.AUTH_SECRET, good)).toEqual({ userId: user.id, kind: "mention" });
    const sig = good.split(".")[2] as string;
    const bad = [
      unsubscribeToken(`${env.AUTH_SECRET}x`, user.id, "mention"),
      `${user.id}.decision.${sig}`,
      `${other.id}.mention.${sig}`,
      `${user.id}.nonsense.${sig}`,
    ];
    for (const token of bad) expectError(await unsubscribe(token), 400, "invalid_token");
    expectError(await unsubscribe(good.slice(0, -1)), 400, "validation_failed");
    expect(await sql`select kind from notification_opt_outs where user_id in (${user.id}, ${other.id})`).toEqual([]);
  });
});
