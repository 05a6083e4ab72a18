// Bindings the vitest config (vitest.config.ts) hands both the worker and the generator under test; each
// project's own env.d.ts adds the rest (one program: the declarations merge).
declare namespace Cloudflare {
  interface Env {
    DATABASE_URL: string;
    NEON_FETCH_ENDPOINT: string;
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
  }
}
