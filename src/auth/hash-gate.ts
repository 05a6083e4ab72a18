// A per-isolate bound on password hashing. scrypt in workerd runs on the isolate's own thread
// (~150 ms of CPU per hash at OWASP's cost), so a burst of logins in one isolate would otherwise
// queue every other request behind all of them: 20 parallel logins are ~3 s in which GET /api/me
// waits. The gate runs one hash at a time, lets a bounded queue wait for its turn, and answers 503
// server_busy (Retry-After) past it. Between two hashes it yields a macrotask, so the
// I/O completions of other requests run in between. Figures: docs/performance.md.
import { ApiError } from "../http/errors";

/**
 * Hashes allowed to wait for the running one; more at once are refused with 503. The last one in
 * the queue waits ~16 x 150 ms = 2.4 s; other requests wait at most about one hash per await,
 * whatever the queue holds (the macrotask yield below). A refused login has still counted its
 * attempt against the rate limits (conservative: a burst cannot be used to get around them).
 */
export const MAX_QUEUED_HASHES = 16;

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
    if (next) setTimeout(next, 0);
    else running = false;
  }
}

/** Hashes running or waiting in this isolate (tests, diagnostics). */
export const hashesInFlight = () => (running ? 1 : 0) + waiting.length;
