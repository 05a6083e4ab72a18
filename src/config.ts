// The one place where the worker's bindings are validated. Parsed once per env object
// (lazily, on first use: nothing runs at module load), then reused by every request.
import { z } from "zod";

const postgresUrl = z
  .string({ error: "is not set (wrangler secret put DATABASE_URL, or .dev.vars locally)" })
  .trim()
  .min(1, "is empty")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "postgres:" || u.protocol === "postgresql:") && !!u.hostname && !!u.username;
    } catch {
      return false;
    }
  }, "must be a postgres:// URL with a user and a host, e.g. postgres://user:pass@ep-x.region.aws.neon.tech/db");

const httpUrl = z.url({
  protocol: /^https?$/,
  error: (issue) => (issue.input === undefined ? "is not set" : "must be an http(s) URL"),
});

/** Plain http only to the developer's own machine; anything else travels over https. */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1"]);
function secureOrLocal(url: string): boolean {
  // Not an http(s) URL at all: reported by the URL check itself.
  if (!URL.canParse(url)) return true;
  const u = new URL(url);
  return u.protocol !== "http:" || LOCAL_HOSTS.has(u.hostname);
}
const HTTPS_RULE = "must use https (plain http only for localhost or 127.0.0.1)";

/** An https URL (http for localhost / 127.0.0.1 in development): it receives cookies, links or keys. */
const secureUrl = httpUrl.refine(secureOrLocal, HTTPS_RULE);

const originList = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const origins = (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (const o of origins) {
      if (!URL.canParse(o) || new URL(o).origin !== o) {
        ctx.addIssue({ code: "custom", message: `"${o}" is not an origin like https://app.example.com` });
      } else if (!secureOrLocal(o)) {
        ctx.addIssue({ code: "custom", message: `"${o}" ${HTTPS_RULE}` });
      }
    }
    return origins;
  });

export const configSchema = z
  .object({
    DATABASE_URL: postgresUrl,
    /** Local development and tests only: where the Neon driver sends SQL (tools/local-neon). */
    NEON_FETCH_ENDPOINT: httpUrl.optional(),
    /**
     * Upper bound for one database round trip, ms (the driver has none). An expired one answers 503
     * with Retry-After; it stays far below the Workers limits so the client gets an answer.
     */
    DB_TIMEOUT_MS: z.coerce
      .number({ error: "must be a number of milliseconds" })
      .int("must be a whole number of milliseconds")
      .min(50, "must be at least 50 ms")
      .max(30_000, "must be at most 30000 ms")
      .default(5000),
    /** The web app's base URL: links in emails point here, and its origin is trusted for CORS/CSRF. */
    APP_URL: secureUrl,
    /**
     * The API's public base URL, for `servers` in /openapi.json (never taken from the request's Host
     * header). Defaults to APP_URL's origin (the API served on the app's domain). Clients send their
     * session token there: https like APP_URL.
     */
    API_URL: secureUrl.optional(),
    /** Extra origins allowed to call the API with credentials, comma-separated. */
    CORS_ORIGINS: originList,
    /** How mail leaves: `console` prints it (local dev), `resend` posts it to Resend's REST API. */
    MAIL_PROVIDER: z.enum(["console", "resend"], {
      error: 'must be "console" (local dev: prints the links) or "resend" (needs RESEND_API_KEY and MAIL_FROM)',
    }),
    /**
     * Key of the HMACs that turn emails and client networks into rate-limit keys (so rate_limit_log
     * cannot be reversed with a dictionary of addresses) and that derive password-reset links.
     * Required everywhere: `openssl rand -base64 32 | wrangler secret put AUTH_SECRET`; dev and
     * tests set their own. Rotating it restarts the per-email windows and voids pending reset links.
     */
    AUTH_SECRET: z
      .string({ error: "is not set (wrangler secret put AUTH_SECRET; at least 32 random characters)" })
      .min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)"),
    /**
     * Absolute lifetime of a session in seconds, however often it is used (the idle window slides
     * within it). Default 90 days.
     */
    SESSION_MAX_AGE_SECONDS: z.coerce
      .number({ error: "must be a number of seconds" })
      .int("must be a whole number of seconds")
      .min(3600, "must be at least 3600 (1 hour)")
      .max(400 * 24 * 3600, "must be at most 400 days (browsers cap cookie lifetimes there)")
      .default(90 * 24 * 3600),
    /** Base URL of the Resend API (tests point it at a local sink). */
    MAIL_API_URL: secureUrl.default("https://api.resend.com"),
    RESEND_API_KEY: z.string().trim().min(1, "is empty").optional(),
    /** Sender, e.g. `Spec Drive <no-reply@mail.example.com>` (a domain verified at the provider). */
    MAIL_FROM: z
      .string()
      .trim()
      .regex(/^(?:[^<>]*<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/, "must be an address or `Name <address>`")
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (c.MAIL_PROVIDER !== "resend") return;
    if (!c.RESEND_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "is required when MAIL_PROVIDER=resend" });
    }
    if (!c.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when MAIL_PROVIDER=resend" });
    }
  })
  .transform((c) => ({
    ...c,
    allowedOrigins: [...new Set([new URL(c.APP_URL).origin, ...c.CORS_ORIGINS])],
    apiUrl: (c.API_URL ?? new URL(c.APP_URL).origin).replace(/\/+$/, ""),
  }));

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`server misconfigured: ${issues.join("; ")}`);
  }
}

const cache = new WeakMap<object, Config>();

/** Validates the bindings once per env object; throws ConfigError naming every bad binding. */
export function getConfig(env: object): Config {
  const hit = cache.get(env);
  if (hit) return hit;
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  }
  cache.set(env, parsed.data);
  return parsed.data;
}
