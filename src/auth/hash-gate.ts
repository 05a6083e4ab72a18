// A per-isolate bound on password hashing. scrypt in workerd runs synchronously on the isolate's
// own thread (~150 ms of CPU per hash at OWASP's cost, more on a loaded machine), so a burst of
// logins in one isolate would otherwise run back to back and starve every other request in it: its
// I/O completions wait behind all the hashes (`npm run bench` measures GET /api/me during 20
// parallel logins). The gate runs one hash at a time, leaves the isolate HASH_GAP_MS between two
// hashes (a timer not yet due, so the event loop serves the I/O that arrived meanwhile), lets a
// bounded queue wait, and answers 503 server_busy (Retry-After) past it. Figures and limits:
// docs/performance.md.
import { ApiError } from "../http/errors";

/**
 * Hashes allowed to wait for the running one; more at once are refused with 503. The last one in
 * the queue waits ~16 x 150 ms = 2.4 s; other requests wait at most about one hash per await,
 * whatever the queue holds (the gap below). A refused login has still counted its
 * attempt against the rate limits (conservative: a burst cannot be used to get around them).
 */
export const MAX_QUEUED_HASHES = 16;

/** Idle time left to the isolate's other requests after each hash: ~one hash (150 ms in production), so hashing takes at most about half of the isolate during a burst. */
export const HASH_GAP_MS = 150;

let running = false;
const waiting: (() => void)[] = [];

export const serverBusy = () =>
  new ApiError("server_busy", "too many password checks in progress on this server; retry shortly");

/** Runs `work` (one password hash) when it is its turn; throws server_busy if the queue is full. */
export async function gatedHash<T>(work: () => Promise<T>): Promise<T> {
  if (running) {
    if (waiting.length >= MAX_QUEUED_HASHES) throw serverBusy();
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running = true;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) setTimeout(next, HASH_GAP_MS);
    else running = false;
  }
}

/** Hashes running or waiting in this isolate (tests, diagnostics). */
export const hashesInFlight = () => (running ? 1 : 0) + waiting.length;
