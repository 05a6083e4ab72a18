// The GitHub integration's settings: a module of its own so that the API worker's front, which never
// talks to GitHub, does not carry their schema (zod's calls are not dropped by tree shaking).
import { z } from "zod";
import { ConfigError, secureUrl } from "./config";

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
   * `immediate`: a request that queued GitHub work starts the project's outbox run (the GITHUB_OUTBOX
   * Workflow); `cron`: only the generator's cron runs it (tests, to control the timing).
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
