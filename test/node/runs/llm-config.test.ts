// LLM bindings (src/runs/generation/config.ts getLlmConfig): validated where a run needs them; a missing or bad one
// is a ConfigError naming it (answered as server_misconfigured), never a silent stand-in.
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/platform/config.ts";
import { getLlmConfig } from "../../../src/runs/generation/config.ts";

const good = {
  LLM_BASE_URL: "https://api.openai.com/v1",
  LLM_API_KEY: "sk-test",
  LLM_MODEL: "gpt-4o-mini",
  LLM_PRICES: JSON.stringify({ "gpt-4o-mini": { input: 0.15, output: 0.6 } }),
};

function issues(env: object): string[] {
  try {
    getLlmConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues;
  }
  throw new Error("expected a ConfigError");
}

describe("LLM configuration", () => {
  it("reads the three bindings and the model's price", () => {
    expect(getLlmConfig({ ...good })).toEqual({
      baseUrl: "https://api.openai.com/v1",
      apiKey: "sk-test",
      model: "gpt-4o-mini",
      provider: "openai",
      price: { input: 0.15, output: 0.6 },
    });
  });

  it("a common model needs no price table (built-in prices); a table overrides; the provider is detected or named", () => {
    const { LLM_PRICES: _, ...noTable } = good;
    expect(getLlmConfig({ ...noTable }).price).toEqual({ input: 0.15, output: 0.6, cachedInput: 0.075 });
    expect(getLlmConfig({ ...noTable, LLM_MODEL: "openai/gpt-4.1-mini" }).price).toMatchObject({ input: 0.4 });
    expect(issues({ ...noTable, LLM_MODEL: "my-model" })).toEqual([
      'LLM_PRICES has no entry for LLM_MODEL "my-model", which has no built-in price',
    ]);
    const detected = (url: string) => getLlmConfig({ ...good, LLM_BASE_URL: url }).provider;
    expect(detected("https://api.cloudflare.com/client/v4/accounts/abc/ai/v1")).toBe("workers-ai");
    expect(detected("http://localhost:11434/v1")).toBe("ollama");
    expect(detected("https://api.anthropic.com/v1/")).toBe("anthropic");
    expect(detected("https://generativelanguage.googleapis.com/v1beta/openai/")).toBe("gemini");
    expect(detected("https://gateway.ai.cloudflare.com/v1/acc/gw/openai")).toBe("openai");
    expect(detected("https://gateway.ai.cloudflare.com/v1/acc/gw/compat")).toBe("openai-compatible");
    expect(detected("http://127.0.0.1:9999/anthropic/v1")).toBe("anthropic");
    expect(getLlmConfig({ ...good, LLM_PROVIDER: "ollama" }).provider).toBe("ollama");
    expect(issues({ ...good, LLM_PROVIDER: "bedrock" })).toHaveLength(1);
  });

  it("names every missing binding", () => {
    expect(issues({})).toEqual([
      "LLM_BASE_URL is not set or not an http(s) URL (e.g. https://api.openai.com/v1)",
      "LLM_API_KEY is not set (wrangler secret put LLM_API_KEY)",
      "LLM_MODEL is not set (e.g. gpt-4o-mini)",
    ]);
  });

  it("refuses a price table without the model, bad JSON, negative prices and a non-http URL", () => {
    expect(issues({ ...good, LLM_MODEL: "gpt-5" })).toEqual([
      'LLM_PRICES has no entry for LLM_MODEL "gpt-5", which has no built-in price',
    ]);
    expect(issues({ ...good, LLM_PRICES: "{nope" })).toEqual(["LLM_PRICES is not valid JSON"]);
    expect(issues({ ...good, LLM_PRICES: '{"gpt-4o-mini":{"input":-1,"output":0}}' })).toHaveLength(1);
    expect(issues({ ...good, LLM_BASE_URL: "ftp://x" })).toHaveLength(1);
    expect(issues({ ...good, LLM_API_KEY: "  " })).toEqual(["LLM_API_KEY is empty"]);
  });
});
