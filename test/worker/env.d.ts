// Bindings the vitest config hands the worker under test (see vitest.config.ts).
declare namespace Cloudflare {
  /** The worker under test's main module (`exports.default` from "cloudflare:workers"): the front. */
  interface GlobalProps {
    mainModule: typeof import("../../src/workers/api");
  }
  interface Env {
    DATABASE_URL: string;
    NEON_FETCH_ENDPOINT: string;
    APP_URL: string;
    NEON_CONTROL_URL: string;
    TEST_BACKEND: "pg" | "pglite";
    FUZZ_SEED: string;
    AUTH_SECRET: string;
    MAIL_PROVIDER: "resend";
    RESEND_API_KEY: string;
    MAIL_FROM: string;
    MAIL_API_URL: string;
    LLM_CONTROL_URL: string;
    WEBHOOK_ALLOW_PRIVATE_URLS: "true";
    WEBHOOK_RECEIVER_URL: string;
    GITHUB_API_URL: string;
    GITHUB_APP_ID: string;
    GITHUB_APP_PRIVATE_KEY: string;
    /** The public half of GITHUB_APP_PRIVATE_KEY, to register the app with the local GitHub API. */
    TEST_GITHUB_APP_PUBLIC_KEY: string;
    GITHUB_WEBHOOK_SECRET: string;
    GITHUB_TOKEN_KEY: string;
    GITHUB_SYNC: "cron";
    /** The front's service binding to the teams worker (wrangler.toml). */
    TEAMS: Fetcher;
  }
}
