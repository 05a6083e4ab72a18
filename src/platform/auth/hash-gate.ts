// A per-isolate bound on password hashing. scrypt in workerd runs synchronously on the isolate's
// own thread (~150 ms of CPU per hash at OWASP's cost, more on a loaded machine), so a burst of
// logins in one isolate would otherwise run back to back and starve every other request in it: its
// I/O completions wait behind all the hashes (`npm run bench` measures GET /api/me during 20
// parallel logins). The gate runs one hash at a time, leaves the isolate `gapMs` after each hash (a
// timer not yet due, so the event loop serves the I/O that arrived meanwhile), lets `maxQueued`
// wait, and answers 503 server_busy (Retry-After) past them. Because the hash itself is synchronous,
// requests "arrive" at the gate only between hashes: the gap is what lets a queue form.
//
// The limits are configuration (HASH_QUEUE_MAX, HASH_GAP_MS in src/platform/config.ts). There is one gate per
// distinct limits in the isolate: in production every request has the same limits, so one gate per
// isolate; a test that sets its own limits gets a gate of its own, not disturbed by (and not
// refusing) the hashes of the test files running next to it in the same isolate. Figures and the
// choice of the defaults: docs/performance.md.
import type { HashGateLimits } from "../config";
import { ApiError } from "../http/errors";

// State only, no timers shared between requests: workerd drops a request's pending timers when it
// ends, so each waiting request waits on timers of its own.
interface GateState {
  hashing: boolean;
  reopensAt: number;
  waiting: number;
}

const gates = new Map<string, GateState>();
const keyOf = (limits: HashGateLimits) => `${limits.maxQueued}/${limits.gapMs}`;

function gateFor(limits: HashGateLimits): GateState {
  const key = keyOf(limits);
  let gate = gates.get(key);
  if (!gate) {
    gate = { hashing: false, reopensAt: 0, waiting: 0 };
    gates.set(key, gate);
  }
  return gate;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const closed = (g: GateState) => g.hashing || Date.now() < g.reopensAt;

const serverBusy = () =>
  new ApiError("server_busy", "too many password checks in progress on this server; retry shortly");

/** Runs `work` (one password hash) when the gate is open; throws server_busy if the queue is full. */
export async function gatedHash<T>(limits: HashGateLimits, work: () => Promise<T>): Promise<T> {
  const g = gateFor(limits);
  if (closed(g)) {
    if (g.waiting >= limits.maxQueued) throw serverBusy();
    g.waiting += 1;
    try {
      while (closed(g)) await sleep(g.hashing ? 10 : Math.max(1, g.reopensAt - Date.now()));
    } finally {
      g.waiting -= 1;
    }
  }
  // No await between the check above and this line: the first waiter to wake takes the gate.
  g.hashing = true;
  try {
    return await work();
  } finally {
    g.hashing = false;
    g.reopensAt = Date.now() + limits.gapMs;
  }
}

/** Hashes running or waiting in this isolate's gate for these limits (tests, diagnostics). */
export function hashesInFlight(limits: HashGateLimits): number {
  const g = gates.get(keyOf(limits));
  return g ? (g.hashing ? 1 : 0) + g.waiting : 0;
}
