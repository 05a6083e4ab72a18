// Tickets of credentials this isolate recently found live, by token hash. A ticket never authorizes
// anything: every request's batch still checks its credential atomically (authed()). It only lets
// ONE request with a large body skip the credential pre-check (precheckCredential) and so keep its
// one round trip; each answer that finds the credential live gives a new one. So a credential
// revoked in another isolate costs this one at most one request's full work (the one that spends
// its ticket), then its pre-check finds it gone (docs/auth-threat-model.md, "Credentials before work").

/** How long a ticket lasts (never past the credential's own expiry). */
export const CREDENTIAL_TICKET_TTL_MS = 5 * 60 * 1000;
/** Tickets per isolate; the oldest goes first (a Map iterates in insertion order). */
export const CREDENTIAL_TICKETS_MAX = 1000;

const tickets = new Map<string, number>();

/** Spends `tokenHash`'s ticket: true if it had one that had not ended. */
export function takeTicket(tokenHash: string, now = Date.now()): boolean {
  const until = tickets.get(tokenHash);
  if (until === undefined) return false;
  tickets.delete(tokenHash);
  return until > now;
}

/** A database answer found `tokenHash` live: one ticket, until min(TTL, the credential's expiry). */
export function rememberLive(tokenHash: string, expiresAt: Date | null, now = Date.now()): void {
  const until = Math.min(now + CREDENTIAL_TICKET_TTL_MS, expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
  tickets.delete(tokenHash);
  if (until <= now) return;
  if (tickets.size >= CREDENTIAL_TICKETS_MAX) {
    const oldest = tickets.keys().next().value;
    if (oldest !== undefined) tickets.delete(oldest);
  }
  tickets.set(tokenHash, until);
}

/** Drops `tokenHash`'s ticket: an answer found it unknown, expired or revoked, or it was revoked here. */
export function forgetCredential(tokenHash: string): void {
  tickets.delete(tokenHash);
}
