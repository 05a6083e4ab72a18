// The local GitHub stand-in's rate limits (a window of requests per user, installation, app or IP) and
// the faults the control API injects.
import { fail } from "./http.ts";
import { type Fault, type LocalGithubState, now } from "./state.ts";

/** Unauthenticated requests: 60 an hour (rate-limits-for-the-rest-api). */
export const UNAUTHENTICATED_LIMIT = 60;

/**
 * x-ratelimit-* on every answer; past the limit 403 (or 429) with x-ratelimit-remaining 0
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-primary-rate-limit).
 */
export function spend(s: LocalGithubState, bucketKey: string, limit: number, forWhom: string): Record<string, string> {
  const b = windowOf(s, bucketKey, limit);
  const headers = (used: number) => ({
    "x-ratelimit-limit": String(b.limit),
    "x-ratelimit-remaining": String(Math.max(0, b.limit - used)),
    "x-ratelimit-used": String(used),
    "x-ratelimit-reset": String(Math.ceil(b.resetAt / 1000)),
    "x-ratelimit-resource": "core",
  });
  if (b.used >= b.limit) {
    fail(
      s.rate.exhaustedStatus,
      `API rate limit exceeded for ${forWhom}.`,
      {
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
      },
      headers(b.used),
    );
  }
  b.used += 1;
  return headers(b.used);
}

/** The bucket's current window: a new one of an hour when none is running (the last one reset). */
export function windowOf(s: LocalGithubState, bucketKey: string, limit: number) {
  let b = s.buckets.get(bucketKey);
  if (!b || b.resetAt <= now(s)) {
    b = { used: 0, resetAt: now(s) + 3600_000, limit };
    s.buckets.set(bucketKey, b);
  }
  return b;
}

export function takeFault(s: LocalGithubState, method: string, path: string): Fault | undefined {
  const f = s.faults.find(
    (x) => x.left > 0 && (!x.method || x.method.toUpperCase() === method) && (!x.path || new RegExp(x.path).test(path)),
  );
  if (f) f.left -= 1;
  return f;
}
