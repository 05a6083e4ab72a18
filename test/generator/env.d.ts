// Bindings the vitest config hands the generator worker under test (see vitest.config.ts); those it shares
// with the worker under test are in test/shared/env.d.ts.
declare namespace Cloudflare {
  interface Env {
    GENERATION: Workflow<import("../../src/runs/generation/workflow").GenerationParams>;
    LLM_BASE_URL: string;
    LLM_API_KEY: string;
    LLM_MODEL: string;
    LLM_PRICES: string;
  }
}
