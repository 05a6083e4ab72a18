// /api/me/keys: personal API keys. Account-level routes: a session only (a key never manages keys).
// The secret is shown once, in the create answer; afterwards only its prefix. Only its SHA-256 is
// stored. Every statement is scoped to the session's user, so another user's key id is not found.

import { z } from "@hono/zod-openapi";
import { audit } from "../audit";
import { forgetCredential } from "../platform/auth/credential-cache";
import { givenPasswordSchema } from "../platform/auth/password";
import { confirmPassword } from "../platform/auth/reauth";
import { authed } from "../platform/auth/session";
import { hashToken, newApiKey } from "../platform/auth/tokens";
import { API_KEY_KINDS, API_KEY_SCOPES, type ApiKeyKind } from "../platform/db/schema";
import { KiB } from "../platform/http/body-limit";
import { ApiError, notFound } from "../platform/http/errors";
import { router } from "../platform/http/openapi-router";
import { defineRoute, type Handler, jsonBody, jsonResponse } from "../platform/http/route";
import {
  API_KEYS_MAX,
  deleteKey,
  emailVerifiedOf,
  insertKey,
  keyHeld,
  keyIdByHash,
  keyStored,
  listLiveKeys,
} from "./queries";

/** Characters of the secret kept in clear for lists: `sd_` + 8 (48 bits: tells keys apart, reveals nothing usable). */
const PREFIX_LENGTH = 11;
const MAX_DAYS = 366;

export const ScopeSchema = z.enum(API_KEY_SCOPES).openapi("ApiKeyScope", {
  description:
    "projects:read (read projects, progress, history, artifacts, export), projects:write (create, update, " +
    "delete projects, advance phases), artifacts:write (store artifacts, record validation), gates:approve " +
    "(the human approval gates: stack and dependencies), runs:write (start, pause, resume and cancel generation runs; reading runs is projects:read)",
});

/**
 * What made a key: `key`, its user (POST /api/me/keys); `connection`, the user's approval of an OAuth
 * client on the consent page (docs/mcp.md), which names it after the client and lists it under
 * /api/me/connections too.
 */
const KindSchema = z.enum(API_KEY_KINDS).openapi("ApiKeyKind", {
  description:
    "key: made by the user; connection: held by an OAuth connection (an agent approved on the consent page, listed by GET /api/me/connections)",
});

const ApiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: KindSchema,
    prefix: z.string().openapi({ description: "The first characters of the secret, to tell keys apart" }),
    scopes: z.array(ScopeSchema),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().openapi({ description: "Updated at most every 5 minutes" }),
    expiresAt: z.iso.datetime().nullable(),
  })
  .openapi("ApiKey");

// Inline in the document (no component name): a defaulted field stays optional in generated clients (docs/client.md).
const CreateKeyBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(ScopeSchema)
      .min(1)
      .max(API_KEY_SCOPES.length)
      .transform((s) => [...new Set(s)]),
    expiresInDays: z.number().int().min(1).max(MAX_DAYS).nullable().default(90),
    password: givenPasswordSchema,
    // The OAuth consent page mints its connection's key through this route with `connection`. A user
    // may label a key of their own so too: it is still only theirs, and it is a connection only while
    // an OAuth grant holds it (GET /api/me/connections lists grants).
    kind: KindSchema.default("key"),
  })
  .openapi({
    example: {
      name: "Claude Code on my laptop",
      scopes: ["projects:read", "projects:write", "artifacts:write"],
      expiresInDays: 90,
      password: "correct horse battery staple",
    },
  });

const listKeys = defineRoute({
  operationId: "listApiKeys",
  description:
    "Lists the user's API keys with their names, scopes, prefixes and last use; secrets are never shown again. Needs a session.",
  tags: ["account"],
  summary: "The signed-in user's API keys (never their secrets), newest first",
  method: "get",
  path: "/api/me/keys",
  roundTrips: 1,
  auth: "session",
  responses: { 200: jsonResponse("Keys", z.object({ keys: z.array(ApiKeySchema) })) },
});

const createKey = defineRoute({
  operationId: "createApiKey",
  description:
    "Creates an API key with the given scopes and lifetime; its secret appears in this answer only. Needs a session and the account's password.",
  tags: ["account"],
  summary: "Create an API key (requires the password); the secret is in this answer only",
  method: "post",
  path: "/api/me/keys",
  // The password confirmation (as change-password), then the insert.
  roundTrips: 2,
  auth: "session",
  bodyLimit: { bytes: 4 * KiB, why: "a name of 100 characters, the scopes, a lifetime and the password" },
  request: { body: jsonBody(CreateKeyBody) },
  responses: {
    201: jsonResponse(
      "Created: `secret` is shown once; store it now",
      z.object({ key: ApiKeySchema, secret: z.string().openapi({ example: "sd_Xz…" }) }),
    ),
  },
  errors: ["wrong_password", "email_unverified", "rate_limited", "conflict"],
  // The password confirmation's per-user limit.
  headers: ["RateLimit"],
});

const revokeKey = defineRoute({
  operationId: "revokeApiKey",
  description:
    "Revokes one of the user's API keys; requests made with it fail from then on. A connection's key (kind `connection`) may be revoked here too: its OAuth connection's tokens then get 401 at /mcp and it leaves GET /api/me/connections. Needs a session.",
  tags: ["account"],
  summary: "Revoke an API key (it stops working at once)",
  method: "delete",
  path: "/api/me/keys/{id}",
  roundTrips: 1,
  auth: "session",
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: "Revoked" } },
  errors: ["not_found"],
});

function keyJson(k: {
  id: string;
  name: string;
  kind: ApiKeyKind;
  prefix: string;
  scopes: (typeof API_KEY_SCOPES)[number][];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
}) {
  return {
    ...k,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    expiresAt: k.expiresAt?.toISOString() ?? null,
  };
}

const listApiKeys: Handler<typeof listKeys> = async (c) => {
  const { results } = await authed(c, ({ userId }) => ({ keys: listLiveKeys(c.var.db, userId) }));
  return c.json({ keys: results.keys.map(keyJson) }, 200);
};

/** Confirms the password (round trip 1), then inserts the key (round trip 2); the secret is shown once. */
const createApiKey: Handler<typeof createKey> = async (c) => {
  const body = c.req.valid("json");
  // Round trip 1: the session, the reauth limit and the password check (as change-password).
  await confirmPassword(c, body.password);
  const secret = newApiKey();
  const expiresAt = body.expiresInDays === null ? null : new Date(Date.now() + body.expiresInDays * 86_400_000);
  const prefix = secret.slice(0, PREFIX_LENGTH);
  // Round trip 2: the insert, only for a live session and while the user holds fewer than API_KEYS_MAX keys.
  const tokenHash = hashToken(secret);
  const { results } = await authed(c, ({ userId }) => ({
    inserted: insertKey(c.var.db, userId, {
      name: body.name,
      kind: body.kind,
      prefix,
      tokenHash,
      scopes: body.scopes,
      expiresAt,
    }),
    user: emailVerifiedOf(c.var.db, userId),
    audited: audit(c, {
      action: "api_key.created",
      actor: userId,
      target: { type: "api_key", id: keyIdByHash(c.var.db, tokenHash) },
      data: { name: body.name, prefix, scopes: body.scopes, expiresAt: expiresAt?.toISOString() ?? null },
      when: keyStored(c.var.db, tokenHash),
    }),
  }));
  const row = results.inserted.rows[0];
  if (!row) {
    // A key acts without the person: only an account whose address is proven may hand one out.
    if (results.user[0]?.emailVerified === false) {
      throw new ApiError("email_unverified", "verify your email address before creating API keys");
    }
    throw new ApiError("conflict", `a user may hold at most ${API_KEYS_MAX} API keys; revoke one first`);
  }
  const key = keyJson({
    id: row.id,
    name: body.name,
    kind: body.kind,
    prefix,
    scopes: body.scopes,
    createdAt: new Date(row.created_at),
    lastUsedAt: null,
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at),
  });
  return c.json({ key, secret }, 201);
};

const revokeApiKey: Handler<typeof revokeKey> = async (c) => {
  const { id } = c.req.valid("param");
  // The audit row first, while the key still exists (keyHeld locks it, so only the deleting revoke records).
  const { results } = await authed(c, ({ userId }) => ({
    audited: audit(c, {
      action: "api_key.revoked",
      actor: userId,
      target: { type: "api_key", id },
      when: keyHeld(userId, id),
    }),
    revoked: deleteKey(c.var.db, userId, id),
  }));
  const [revoked] = results.revoked;
  if (!revoked) throw notFound("API key");
  // This isolate stops skipping the key's pre-check at once (src/platform/auth/credential-cache.ts).
  forgetCredential(revoked.tokenHash);
  return c.body(null, 204);
};

export const apiKeyRoutes = router()
  .openapi(listKeys, listApiKeys)
  .openapi(createKey, createApiKey)
  .openapi(revokeKey, revokeApiKey);
