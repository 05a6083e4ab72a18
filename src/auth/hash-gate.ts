// A per-isolate bound on password hashing. scrypt in workerd runs synchronously on the isolate's
// own thread (~150 ms of CPU per hash at OWASP's cost, more on a loaded machine), so a burst of
// logins in one isolate would otherwise run back to back and starve every other request in it: its
// I/O completions wait behind all the hashes (`npm run bench` measures GET /api/me during 20
// parallel logins). The gate runs one hash at a time, leaves the isolate HASH_GAP_MS after each
// hash (a timer not yet due, so the event loop serves the I/O that arrived meanwhile), lets a
// short queue wait, and answers 503 server_busy (Retry-After) past it. Because the hash itself is
// synchronous, requests "arrive" at the gate only between hashes: the gap is what lets a queue form. Figures and limits:
// docs/performance.md.
import { ApiError } from "../http/errors";

/**
 * Hashes allowed to wait for the running one; more at once are refused with 503. Short on purpose:
 * a burst then costs the isolate at most 5 hashes (~0.75 s of CPU in production) instead of queueing
 * into database timeouts (measured with 16: `npm run load`'s 14-login burst ended in 503
 * database_timeout on a loaded machine). 5 covers the signup per-IP limit (5) and a user's own few
 * parallel requests. A refused login has still counted its attempt against the rate limits
 * (conservative: a burst cannot be used to get around them).
 */
export const MAX_QUEUED_HASHES = 16;

/** Idle time left to the isolate's other requests after each hash: ~one hash (150 ms in production), so hashing takes at most about half of the isolate during a burst. */
export const HASH_GAP_MS = 150;

// State only, no timers shared between requests: workerd drops a request's pending timers when it
// ends, so each waiting request waits on timers of its own.
let hashing = false;
let reopensAt = 0;
let waiting = 0;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const closed = () => hashing || Date.now() < reopensAt;

export const serverBusy = () =>
  new ApiError("server_busy", "too many password checks in progress on this server; retry shortly");

/** Runs `work` (one password hash) when the gate is open; throws server_busy if the queue is full. */
export async function gatedHash<T>(work: () => Promise<T>): Promise<T> {
  if (closed()) {
    if (waiting >= MAX_QUEUED_HASHES) throw serverBusy();
    waiting += 1;
    try {
      while (closed()) await sleep(hashing ? 10 : Math.max(1, reopensAt - Date.now()));
    } finally {
      waiting -= 1;
    }
  }
  // No await between the check above and this line: the first waiter to wake takes the gate.
  hashing = true;
  try {
    return await work();
  } finally {
    hashing = false;
    reopensAt = Date.now() + HASH_GAP_MS;
  }
}

/** Hashes running or waiting in this isolate (tests, diagnostics). */
export const hashesInFlight = () => (hashing ? 1 : 0) + waiting;
