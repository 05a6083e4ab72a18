// Bindings the vitest config hands the generator worker under test (see vitest.config.ts).
declare namespace Cloudflare {
  interface Env {
    GENERATION: Workflow<import("../../src/runs/generation/workflow").GenerationParams>;
    LLM_BASE_URL: string;
    LLM_API_KEY: string;
    LLM_MODEL: string;
    LLM_PRICES: string;
    LLM_CONTROL_URL: string;
    DATABASE_URL: string;
    NEON_FETCH_ENDPOINT: string;
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
