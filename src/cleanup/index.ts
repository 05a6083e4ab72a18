// Cleanup: the scheduled job that removes what has expired (sessions, tokens, keys, rate-limit log,
// idempotency keys) in bounded chunks. Invariants: "expired" is the exact complement of the live checks
// (`<= now()`); two runs at once split the work (`for update skip locked`) instead of waiting.
export { scheduled } from "./scheduled";
