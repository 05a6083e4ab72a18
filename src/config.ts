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

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

export const configSchema = z.object({
  DATABASE_URL: postgresUrl,
  /** Local development and tests only: where the Neon driver sends SQL (tools/local-neon). */
  NEON_FETCH_ENDPOINT: httpUrl.optional(),
});

export type Config = z.infer<typeof configSchema>;

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
