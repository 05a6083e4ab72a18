// API keys written straight into the table (no password confirmation), for tests that only need one.
import { hashToken, newApiKey } from "../../src/platform/auth/tokens";
import type { ApiKeyScope } from "../../src/platform/db/schema";
import { API_KEY_SCOPES } from "../../src/platform/db/schema";
import { sql } from "./helpers";

/** A key of `userId` with `scopes`, expiring in `expiresIn` (a Postgres interval; null: never). */
export async function apiKeyFor(
  userId: string,
  scopes: readonly ApiKeyScope[] = API_KEY_SCOPES,
  expiresIn: string | null = "1 day",
) {
  const secret = newApiKey();
  const [row] = (await sql.query(
    `insert into api_keys (user_id, name, prefix, token_hash, scopes, expires_at)
     values ($1, 'fixture', $2, $3, $4::text[], now() + $5::interval) returning id`,
    [userId, secret.slice(0, 11), hashToken(secret), scopes, expiresIn],
  )) as { id: string }[];
  return { id: row!.id, secret, auth: { authorization: `Bearer ${secret}` } };
}
