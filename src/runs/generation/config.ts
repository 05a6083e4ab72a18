// The generator worker's LLM bindings, validated only where a generation run needs them (the API
// works without them, and its bundle does not carry them). Missing or bad ones are a ConfigError
// (server_misconfigured), never a silent stand-in.
import { z } from "zod";
import { ConfigError, isObject } from "../../platform/config";
import { builtInPrice, detectProvider, PROVIDERS } from "./provider";

/** USD per million tokens, per model: {"gpt-4o-mini": {"input": 0.15, "output": 0.6}}. */
const priceTable = z
  .string({ error: 'is not set (JSON: {"<model>": {"input": <USD per 1M tokens>, "output": <USD per 1M>}})' })
  .transform((v, ctx) => {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "is not valid JSON" });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(
      z.string().min(1),
      z
        .object({ input: z.number().min(0), output: z.number().min(0), cachedInput: z.number().min(0).optional() })
        .strict(),
    ),
  );

export const llmConfigSchema = z
  .object({
    /** An OpenAI-compatible Chat Completions base URL, e.g. https://api.openai.com/v1. */
    LLM_BASE_URL: z.url({
      protocol: /^https?$/,
      error: "is not set or not an http(s) URL (e.g. https://api.openai.com/v1)",
    }),
    /** Secret (wrangler secret put LLM_API_KEY). */
    LLM_API_KEY: z.string({ error: "is not set (wrangler secret put LLM_API_KEY)" }).trim().min(1, "is empty"),
    LLM_MODEL: z.string({ error: "is not set (e.g. gpt-4o-mini)" }).trim().min(1, "is empty"),
    /** Optional: common models have a built-in price (src/runs/generation/provider.ts); a table overrides it. */
    LLM_PRICES: priceTable.optional(),
    /** Optional: detected from LLM_BASE_URL (src/runs/generation/provider.ts) unless named. */
    LLM_PROVIDER: z
      .enum(PROVIDERS, { error: `must be one of ${PROVIDERS.join(", ")}` })
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .superRefine(
    (c, ctx) => {
      if (!c.LLM_PRICES?.[c.LLM_MODEL] && !builtInPrice(c.LLM_MODEL)) {
        ctx.addIssue({
          code: "custom",
          path: ["LLM_PRICES"],
          message: `has no entry for LLM_MODEL "${c.LLM_MODEL}", which has no built-in price`,
        });
      }
    },
    // Even with other bindings bad, but only once both parsed: a bad LLM_PRICES or LLM_MODEL is its own issue.
    { when: (p) => isObject(p) && !p.issues.some((i) => i.path?.[0] === "LLM_PRICES" || i.path?.[0] === "LLM_MODEL") },
  )
  .transform((c) => ({
    baseUrl: c.LLM_BASE_URL,
    apiKey: c.LLM_API_KEY,
    model: c.LLM_MODEL,
    provider: c.LLM_PROVIDER ?? detectProvider(c.LLM_BASE_URL),
    // The refinement above guarantees one of the two.
    price: c.LLM_PRICES?.[c.LLM_MODEL] ?? builtInPrice(c.LLM_MODEL) ?? { input: 0, output: 0 },
  }));

export type LlmConfig = z.output<typeof llmConfigSchema>;

const llmCache = new WeakMap<object, LlmConfig>();

/** The LLM bindings of a run's worker; throws ConfigError naming every missing or bad one. */
export function getLlmConfig(env: object): LlmConfig {
  const hit = llmCache.get(env);
  if (hit) return hit;
  const parsed = llmConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  }
  llmCache.set(env, parsed.data);
  return parsed.data;
}
