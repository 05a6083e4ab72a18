// Route middleware of an `idempotent` route whose Replay says `lookUpFirst` (the artifact writes, whose
// spec-engine validation is the costly part of the request): a keyed request looks its key up in a
// round trip of its own, behind the credential check (and, for an API key, counted against its limit),
// before the body is validated. A replay is answered from that round trip, so it costs neither the
// body's validation nor the spec engine; a first request goes on to the handler (one round trip more
// than without a key), whose write batch claims the key as usual and no longer counts the request.

import { createMiddleware } from "hono/factory";
import { authed } from "../auth/session";
import type { AppEnv } from "./context";
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
