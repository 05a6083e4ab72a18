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

/** The database bindings: the API's and the generator worker's (which writes a run's progress). */
const databaseFields = {
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
};

/**
 * Development and tests only: webhooks may also go to http://127.0.0.1 (the local receiver,
 * tools/webhook-receiver.ts). Off unless exactly "true"; never set in a deployed wrangler.toml.
 */
const allowPrivateWebhookUrls = z
  .enum(["true", "false"], { error: 'must be "true" or "false"' })
  .default("false")
  .transform((v) => v === "true");

/** A quota: a whole number of `unit`, at least 1 (0 would forbid the write altogether). */
const quota = (unit: string) =>
  z.coerce
    .number({ error: `must be a number of ${unit}` })
    .int(`must be a whole number of ${unit}`)
    .min(1, `must be at least 1`)
    .max(Number.MAX_SAFE_INTEGER, "is too large");

/**
 * The per-isolate password-hashing gate (src/platform/auth/hash-gate.ts; figures in docs/performance.md):
 * hashes allowed to wait for the running one (more are refused with 503 server_busy), and the idle
 * time left to the isolate's other requests after each hash. Defaults here, overridable per
 * deployment (HASH_QUEUE_MAX, HASH_GAP_MS); callers without a config (tests of the hashing itself,
 * bench/hash-worker.ts) use these.
 */
export const HASH_GATE_DEFAULTS: HashGateLimits = Object.freeze({ maxQueued: 16, gapMs: 150 });
export interface HashGateLimits {
  readonly maxQueued: number;
  readonly gapMs: number;
}

/** A cross-field check's `when`: run whenever the input is an object, even with other fields bad. */
export const isObject = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null;

/** The largest token budget any configuration may allow one run (token_budget is an int column). */
export const RUN_TOKEN_BUDGET_CEILING = 100_000_000;
/** The smallest token budget a run may have: less cannot draft one document. */
export const RUN_TOKEN_BUDGET_MIN = 1000;

export const configSchema = z
  .object({
    ...databaseFields,
    /** Tokens (in + out) a generation run may spend unless the start request names fewer. */
    GENERATION_TOKEN_BUDGET: z.coerce
      .number({ error: "must be a number of tokens" })
      .int("must be a whole number of tokens")
      .min(RUN_TOKEN_BUDGET_MIN, `must be at least ${RUN_TOKEN_BUDGET_MIN}`)
      .default(500_000),
    /**
     * The most tokens one run may be given: a start asking for more is refused (400), and the
     * default above may not exceed it. At most RUN_TOKEN_BUDGET_CEILING (the column is an integer).
     */
    GENERATION_MAX_TOKEN_BUDGET: z.coerce
      .number({ error: "must be a number of tokens" })
      .int("must be a whole number of tokens")
      .min(RUN_TOKEN_BUDGET_MIN, `must be at least ${RUN_TOKEN_BUDGET_MIN}`)
      .max(RUN_TOKEN_BUDGET_CEILING, `must be at most ${RUN_TOKEN_BUDGET_CEILING}`)
      .default(2_000_000),
    /**
     * Tokens one account may spend on runs per calendar month (UTC): what its runs spent this month
     * plus what its active runs may still spend. A start beyond it is refused (403 quota_exceeded).
     */
    GENERATION_MONTHLY_TOKENS: z.coerce
      .number({ error: "must be a number of tokens" })
      .int("must be a whole number of tokens")
      .min(RUN_TOKEN_BUDGET_MIN, `must be at least ${RUN_TOKEN_BUDGET_MIN}`)
      .max(Number.MAX_SAFE_INTEGER, "is too large")
      .default(10_000_000),
    /** Generation runs one user may have active at once (across projects). */
    GENERATION_MAX_ACTIVE_RUNS: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100")
      .default(3),
    /**
     * Artifact content the export reads per database round trip, bytes (default 8 MiB). Neon refuses
     * an answer over 64 MB (HTTP 507); a page of 8 MiB stays under it even if JSON escaping grows the
     * text several times. Tests lower it to exercise paging with small data.
     */
    EXPORT_PAGE_BYTES: z.coerce
      .number({ error: "must be a number of bytes" })
      .int("must be a whole number of bytes")
      .min(1024, "must be at least 1024 bytes")
      .max(16 * 1024 * 1024, "must be at most 16 MiB")
      .default(8 * 1024 * 1024),
    /**
     * Days an audit row is kept (docs/audit.md); the cleanup job removes older ones. Default 365; at
     * least 1, at most 3650 (ten years).
     */
    AUDIT_RETENTION_DAYS: z.coerce
      .number({ error: "must be a number of days" })
      .int("must be a whole number of days")
      .min(1, "must be at least 1 day")
      .max(3650, "must be at most 3650 days")
      .default(365),
    /**
     * Per-user quotas on what authenticated writes may store (docs/quotas.md), checked inside the
     * write statement. Projects per user; distinct artifacts (phase, name) per project; bytes of
     * artifact content per project, every stored version counted (versions are what grows storage).
     */
    QUOTA_PROJECTS_PER_USER: quota("projects").default(200),
    QUOTA_ARTIFACTS_PER_PROJECT: quota("artifacts").default(200),
    QUOTA_BYTES_PER_PROJECT: quota("bytes").default(100 * 1024 * 1024),
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
    /** Password hashes that may wait per isolate while one runs; past them, 503 server_busy. */
    HASH_QUEUE_MAX: z.coerce
      .number({ error: "must be a number of hashes" })
      .int("must be a whole number of hashes")
      .min(0, "must be at least 0")
      .max(1000, "must be at most 1000")
      .default(HASH_GATE_DEFAULTS.maxQueued),
    /** Idle time after each password hash before the next may start, ms (the isolate serves other I/O then). */
    HASH_GAP_MS: z.coerce
      .number({ error: "must be a number of milliseconds" })
      .int("must be a whole number of milliseconds")
      .min(0, "must be at least 0 ms")
      .max(5000, "must be at most 5000 ms")
      .default(HASH_GATE_DEFAULTS.gapMs),
    WEBHOOK_ALLOW_PRIVATE_URLS: allowPrivateWebhookUrls,
    /**
     * `immediate`: a request that wrote webhook events asks the deliverer (the WEBHOOKS binding) to send
     * them once it has answered; `cron`: only the deliverer's cron sends (tests, to control the timing).
     */
    WEBHOOK_DISPATCH: z.enum(["immediate", "cron"], { error: 'must be "immediate" or "cron"' }).default("immediate"),
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
  // Checked even when other bindings are bad (`when`), so one report names every missing setting.
  .superRefine(
    (c, ctx) => {
      const budget = c.GENERATION_TOKEN_BUDGET;
      const max = c.GENERATION_MAX_TOKEN_BUDGET;
      if (typeof budget === "number" && typeof max === "number" && budget > max) {
        ctx.addIssue({
          code: "custom",
          path: ["GENERATION_TOKEN_BUDGET"],
          message: `must be at most GENERATION_MAX_TOKEN_BUDGET (${max})`,
        });
      }
      if (c.MAIL_PROVIDER !== "resend") return;
      if (!c.RESEND_API_KEY) {
        ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "is required when MAIL_PROVIDER=resend" });
      }
      if (!c.MAIL_FROM) {
        ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when MAIL_PROVIDER=resend" });
      }
    },
    { when: isObject },
  )
  .transform((c) => ({
    ...c,
    allowedOrigins: [...new Set([new URL(c.APP_URL).origin, ...c.CORS_ORIGINS])],
    apiUrl: (c.API_URL ?? new URL(c.APP_URL).origin).replace(/\/+$/, ""),
    hashGate: { maxQueued: c.HASH_QUEUE_MAX, gapMs: c.HASH_GAP_MS } satisfies HashGateLimits,
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

// The generator stores artifacts under the same per-project quotas as the artifact routes.
export const dbConfigSchema = z.object({
  ...databaseFields,
  QUOTA_ARTIFACTS_PER_PROJECT: quota("artifacts").default(200),
  QUOTA_BYTES_PER_PROJECT: quota("bytes").default(100 * 1024 * 1024),
});
export type DbConfig = z.output<typeof dbConfigSchema>;
const dbCache = new WeakMap<object, DbConfig>();

/** The database bindings alone (the generator worker has no mail, auth or app settings). */
export function getDbConfig(env: object): DbConfig {
  const hit = dbCache.get(env);
  if (hit) return hit;
  const parsed = dbConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  }
  dbCache.set(env, parsed.data);
  return parsed.data;
}

/** WEBHOOK_ALLOW_PRIVATE_URLS alone, for the webhook deliverer in the generator worker (src/webhooks/worker.ts). */
export function getWebhookUrlConfig(env: object): { allowPrivateUrls: boolean } {
  const parsed = allowPrivateWebhookUrls.safeParse((env as Record<string, unknown>).WEBHOOK_ALLOW_PRIVATE_URLS);
  if (!parsed.success) throw new ConfigError([`WEBHOOK_ALLOW_PRIVATE_URLS ${parsed.error.issues[0]?.message}`]);
  return { allowPrivateUrls: parsed.data };
}

const base64Key32 = z
  .string()
  .trim()
  .refine((v) => {
    try {
      return atob(v).length === 32;
    } catch {
      return false;
    }
  }, "must be 32 random bytes in base64 (e.g. openssl rand -base64 32)");

/**
 * The GitHub integration's settings (src/github), read by the teams worker (routes, webhook
 * verification, token encryption) and the generator worker (the outbox's calls to GitHub). Every
 * setting is optional: without GITHUB_TOKEN_KEY no token can be connected, without the app's id and
 * key no installation, without GITHUB_WEBHOOK_SECRET no webhook is accepted (each answers 503
 * github_not_configured naming the setting).
 */
export const githubConfigSchema = z.object({
  /** GitHub's REST API (tests and `npm run dev`: the local stand-in, tools/local-github). */
  GITHUB_API_URL: secureUrl.default("https://api.github.com"),
  /** The GitHub App's id (its settings page, "App ID"). */
  GITHUB_APP_ID: z
    .string()
    .trim()
    .regex(/^\d{1,12}$/, "must be the app's numeric id")
    .optional(),
  /** The app's private key, PEM (PKCS#1 as GitHub gives it, or PKCS#8); `\n` escapes allowed. */
  GITHUB_APP_PRIVATE_KEY: z
    .string()
    .transform((v) => v.replaceAll("\\n", "\n").trim())
    .refine(
      (v) => /^-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+-----END (RSA )?PRIVATE KEY-----$/.test(v),
      "must be a PEM private key",
    )
    .optional(),
  /** The app's webhook secret, and the key each project's repository-webhook secret is derived from. */
  GITHUB_WEBHOOK_SECRET: z.string().min(20, "must be at least 20 characters (e.g. openssl rand -hex 20)").optional(),
  /** Encrypts connected fine-grained tokens at rest (AES-256-GCM). */
  GITHUB_TOKEN_KEY: base64Key32.optional(),
  /**
   * `immediate`: a request that queued GitHub work asks the generator worker (the GITHUB binding) to run
   * it once it has answered; `cron`: only the generator's cron runs it (tests, to control the timing).
   */
  GITHUB_SYNC: z.enum(["immediate", "cron"], { error: 'must be "immediate" or "cron"' }).default("immediate"),
});
export type GithubConfig = z.output<typeof githubConfigSchema>;
const githubCache = new WeakMap<object, GithubConfig>();

/** The GitHub settings alone (both workers that talk to GitHub read them; the front does not). */
export function getGithubConfig(env: object): GithubConfig {
  const hit = githubCache.get(env);
  if (hit) return hit;
  const parsed = githubConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  }
  githubCache.set(env, parsed.data);
  return parsed.data;
}
