// Route middleware of an `idempotent` route whose Replay says `lookUpFirst` (the artifact writes, whose
// spec-engine validation is the costly part of the request): a keyed request looks its key up in a
// round trip of its own, behind the credential check (and, for an API key, counted against its limit),
// before the body is validated. A replay is answered from that round trip, so it costs neither the
// body's validation nor the spec engine; a first request goes on to the handler (one round trip more
// than without a key), whose write batch claims the key as usual and no longer counts the request.

import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { authed } from "../auth/session";
import type { NamedResults, NamedStatements } from "../db/batch";
import type { AppEnv, AuthScope } from "./context";
import { answerRecorded, keyLookup } from "./idempotency";

export const replayFirst = createMiddleware<AppEnv>(async (c, next) => {
  const claim = c.get("idempotency");
  if (!claim) return next();
  claim.lookingUp = true;
  let results: Record<string, unknown>;
  try {
    ({ results } = await authed(c, ({ userId }) => keyLookup(c.var.db, { userId, key: claim.key }, claim.replay)));
  } finally {
    claim.lookingUp = false;
  }
  claim.counted = true;
  answerRecorded(claim, results);
  await next();
});

/**
 * A read round trip that a keyed write needs before its batch (the change-request merge reads the PRD it
 * rewrites): the credential is checked as usual, the Idempotency-Key is claimed by the write's batch, not here.
 */
export async function readBeforeWrite<T extends NamedStatements>(
  c: Context<AppEnv>,
  build: (scope: AuthScope) => T,
): Promise<NamedResults<T>> {
  const claim = c.get("idempotency");
  const was = claim?.lookingUp;
  if (claim) claim.lookingUp = true;
  try {
    return (await authed(c, build)).results;
  } finally {
    if (claim) claim.lookingUp = was;
  }
}
