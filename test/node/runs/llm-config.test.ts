// LLM bindings (src/platform/config.ts getLlmConfig): validated where a run needs them; a missing or bad one
// is a ConfigError naming it (answered as server_misconfigured), never a silent stand-in.
import { describe, expect, it } from "vitest";
import { ConfigError, getLlmConfig } from "../../../src/platform/config.ts";

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
      price: { input: 0.15, output: 0.6 },
    });
  });

  it("names every missing binding", () => {
    expect(issues({})).toEqual([
      "LLM_BASE_URL is not set or not an http(s) URL (e.g. https://api.openai.com/v1)",
      "LLM_API_KEY is not set (wrangler secret put LLM_API_KEY)",
      "LLM_MODEL is not set (e.g. gpt-4o-mini)",
      'LLM_PRICES is not set (JSON: {"<model>": {"input": <USD per 1M tokens>, "output": <USD per 1M>}})',
    ]);
  });

  it("refuses a price table without the model, bad JSON, negative prices and a non-http URL", () => {
    expect(issues({ ...good, LLM_MODEL: "gpt-5" })).toEqual(['LLM_PRICES has no entry for LLM_MODEL "gpt-5"']);
    expect(issues({ ...good, LLM_PRICES: "{nope" })).toEqual(["LLM_PRICES is not valid JSON"]);
    expect(issues({ ...good, LLM_PRICES: '{"gpt-4o-mini":{"input":-1,"output":0}}' })).toHaveLength(1);
    expect(issues({ ...good, LLM_BASE_URL: "ftp://x" })).toHaveLength(1);
    expect(issues({ ...good, LLM_API_KEY: "  " })).toEqual(["LLM_API_KEY is empty"]);
  });
});
