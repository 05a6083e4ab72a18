// The one db-client factory: a drizzle client over the Neon HTTP driver, built per request
// from validated config. Never a global client, never a fallback.
//
// Each client counts its own HTTP round trips to Neon and their time (DbStats): the driver spreads
// the client's `fetchOptions` into the init of every fetch it makes, so the stats object rides along
// in that init under a symbol key; the fetch function below (stateless, installed into the driver's
// config) takes it out, times the call and counts it. No state is shared between requests.
import { neon, neonConfig } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-http";
import type { Config } from "../config";

export interface DbStats {
  /** HTTP requests to the Neon endpoint (one per query, one per batch/transaction). */
  roundTrips: number;
  /** Wall time spent in them, ms (request sent until the response body is read). */
  ms: number;
}

export const newDbStats = (): DbStats => ({ roundTrips: 0, ms: 0 });

const STATS = Symbol("dbStats");

type StatsInit = RequestInit & { [STATS]?: DbStats };

/** The driver's fetch: plain fetch, plus counting for clients that carry a DbStats. */
async function countingFetch(input: Parameters<typeof fetch>[0], init?: StatsInit): Promise<Response> {
  const stats = init?.[STATS];
  if (!stats || !init) return fetch(input, init);
  const { [STATS]: _, ...plainInit } = init;
  const started = performance.now();
  stats.roundTrips += 1;
  try {
    const res = await fetch(input, plainInit);
    // Read the body here so the time covers the whole round trip, not just the headers.
    const body = await res.arrayBuffer();
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  } finally {
    stats.ms += performance.now() - started;
  }
}

const neonDefaultEndpoint = neonConfig.fetchEndpoint;

export function createDb(config: Config, stats: DbStats = newDbStats()) {
  // fetchEndpoint is module-global in the driver; the binding is constant per deployment,
  // so this only ever points it at the local endpoint in dev/tests and leaves Neon's default otherwise.
  neonConfig.fetchEndpoint = config.NEON_FETCH_ENDPOINT ?? neonDefaultEndpoint;
  // Also module-global but stateless: the per-client counter travels in each fetch's init.
  neonConfig.fetchFunction = countingFetch;
  const client = neon(config.DATABASE_URL, { fetchOptions: { [STATS]: stats } });
  // No `schema`: nothing uses the relational query API (db.query.*), and passing the schema made
  // drizzle rebuild its relational config on every request (~50 of ~55 µs per client, bench/api.ts).
  return drizzle({ client });
}

export type Db = ReturnType<typeof createDb>;
