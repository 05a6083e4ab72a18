// Shared with the worker tests, which arm faults through the control API: keep this file import-free.

/**
 * A fault armed for one client key (the user name in the connection string), so that
 * tests running in parallel each see only their own faults and round-trip counts.
 */
export interface Fault {
  /** How many requests it applies to; -1 for all until cleared. */
  times: number;
  /** Delay before answering, in ms. */
  delayMs?: number;
  /** Answer with this HTTP status instead of running the query. */
  status?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /**
   * Run the batch, then fail with a Postgres error before statement N (0-based): rolls it back.
   * N = the number of statements fails after all of them ran, before COMMIT.
   */
  failAtStatement?: number;
  /** Only requests whose SQL contains this text. */
  match?: string;
}
