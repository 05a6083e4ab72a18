// Bindings the vitest config hands the worker under test (see vitest.config.ts); those it shares with the
// generator under test are in test/shared/env.d.ts.
declare namespace Cloudflare {
  /** The worker under test's main module (`exports.default` from "cloudflare:workers"): the front. */
  interface GlobalProps {
    mainModule: typeof import("../../src/workers/api");
  }
  interface Env {
    APP_URL: string;
    NEON_CONTROL_URL: string;
    TEST_BACKEND: "pg" | "pglite";
    FUZZ_SEED: string;
    AUTH_SECRET: string;
    MAIL_PROVIDER: "resend";
    RESEND_API_KEY: string;
    MAIL_FROM: string;
    MAIL_API_URL: string;
    /** The front's service binding to the teams worker (wrangler.toml). */
    TEAMS: Fetcher;
  }
}
