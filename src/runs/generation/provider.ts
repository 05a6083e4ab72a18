// Which provider a base URL names, what structured-output mode it takes, and the built-in prices
// of common models. Plain data without dependencies: the config (src/platform/config.ts) reads it.

export const PROVIDERS = ["openai", "workers-ai", "ollama", "anthropic", "gemini", "openai-compatible"] as const;
export type Provider = (typeof PROVIDERS)[number];

/**
 * How a draft asks for JSON:
 * - `strict`: response_format json_schema with `strict: true` and the schema in the strict subset
 *   (src/runs/generation/strict-schema.ts);
 * - `schema`: the same schema without `strict` (the provider honours the schema, no strict flag documented);
 * - `prompt`: no response_format (the provider documents it as ignored); the brief in the prompt says the shape.
 * Every mode validates the answer with our own rules afterwards.
 */
export type StructuredMode = "strict" | "schema" | "prompt";

export const STRUCTURED_MODE: Record<Provider, StructuredMode> = {
  openai: "strict",
  // Unknown servers get the strict subset: valid JSON Schema for any server that honours one.
  "openai-compatible": "strict",
  "workers-ai": "schema",
  ollama: "schema",
  gemini: "schema",
  anthropic: "prompt",
};

/** Path segments naming a provider: AI Gateway's provider endpoints and the local server's profiles. */
const SEGMENTS: Record<string, Provider> = {
  openai: "openai",
  "workers-ai": "workers-ai",
  ollama: "ollama",
  anthropic: "anthropic",
  gemini: "gemini",
  "google-ai-studio": "gemini",
};

/** The provider a base URL names, from its host, else a path segment, else `openai-compatible`. */
export function detectProvider(baseUrl: string): Provider {
  const url = new URL(baseUrl);
  const host = url.hostname;
  if (host === "api.openai.com") return "openai";
  if (host === "api.anthropic.com") return "anthropic";
  if (host === "generativelanguage.googleapis.com") return "gemini";
  if (host === "api.cloudflare.com" && /\/ai\/v1\/?$/.test(url.pathname)) return "workers-ai";
  if (url.port === "11434" || host === "ollama.com") return "ollama";
  const segments = url.pathname.split("/").filter(Boolean);
  for (const s of segments.reverse()) if (SEGMENTS[s]) return SEGMENTS[s];
  return "openai-compatible";
}

export interface Price {
  /** USD per 1M input tokens. */
  input: number;
  /** USD per 1M output tokens. */
  output: number;
  /** USD per 1M input tokens served from the provider's prompt cache (default: `input`). */
  cachedInput?: number;
}

/**
 * List prices (USD per 1M tokens) of common models, as their providers publish them:
 * https://openai.com/api/pricing/, https://www.anthropic.com/pricing#api,
 * https://ai.google.dev/gemini-api/docs/pricing, https://developers.cloudflare.com/workers-ai/platform/pricing/.
 * Prices change: LLM_PRICES overrides any of them.
 */
export const BUILT_IN_PRICES: Record<string, Price> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6, cachedInput: 0.075 },
  "gpt-4o": { input: 2.5, output: 10, cachedInput: 1.25 },
  "gpt-4.1": { input: 2, output: 8, cachedInput: 0.5 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6, cachedInput: 0.1 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4, cachedInput: 0.025 },
  "claude-sonnet-4-5": { input: 3, output: 15 },
  "claude-haiku-4-5": { input: 1, output: 5 },
  "gemini-2.5-pro": { input: 1.25, output: 10 },
  "gemini-2.5-flash": { input: 0.3, output: 2.5 },
  "gemini-2.0-flash": { input: 0.1, output: 0.4 },
  "@cf/meta/llama-3.3-70b-instruct-fp8-fast": { input: 0.293, output: 2.253 },
  "@cf/meta/llama-3.1-8b-instruct": { input: 0.282, output: 0.827 },
};

/** The built-in price of a model, also under AI Gateway's `provider/model` names (openai/gpt-4o-mini). */
export function builtInPrice(model: string): Price | undefined {
  return (
    BUILT_IN_PRICES[model] ?? BUILT_IN_PRICES[model.replace(/^(openai|anthropic|google-ai-studio|workers-ai)\//, "")]
  );
}
