// The API's own headers, named once and with no imports (guards.ts, openapi.ts and route.ts all read
// them): the OpenAPI document declares them, and CORS lets browser clients send and read them.

/** Headers a route may declare it sends (`headers: [...]` in defineRoute), by their names on the wire. */
export const SENT_HEADER_NAMES = {
  RateLimit: ["RateLimit", "RateLimit-Policy"],
  "Set-Cookie": ["Set-Cookie"],
  "Content-Disposition": ["Content-Disposition"],
  ETag: ["ETag"],
  "Idempotent-Replayed": ["Idempotent-Replayed"],
} as const;

/** The challenge every 401 carries (src/platform/http/errors.ts). */
export const CHALLENGE_HEADER = "WWW-Authenticate";

/** Sent on other responses than the declared ones: every response, 429/503, 401, the log's timing. */
const ALWAYS_SENT_HEADERS = ["X-Request-Id", "Retry-After", CHALLENGE_HEADER, "Server-Timing"] as const;

/** Request headers of the conditional and idempotent route options (defineRoute's etag, ifMatch, idempotent). */
export const OPTION_REQUEST_HEADERS = {
  etag: "If-None-Match",
  ifMatch: "If-Match",
  idempotent: "Idempotency-Key",
} as const;

/** Request headers a client may send besides the CORS-safelisted ones. */
export const REQUEST_HEADERS = [
  "Content-Type",
  "Authorization",
  "X-Request-Id",
  ...Object.values(OPTION_REQUEST_HEADERS),
];

/**
 * Response headers a browser client may read: every header the API sends but Set-Cookie (never
 * readable by a page, whatever CORS says).
 */
export const EXPOSED_HEADERS: string[] = [
  ...ALWAYS_SENT_HEADERS,
  ...Object.values(SENT_HEADER_NAMES)
    .flat()
    .filter((h) => h !== "Set-Cookie"),
];
