// The LLM client: one Chat Completions call per draft through the official `openai` package (see
// docs/generation.md for why this client), against any OpenAI-compatible base URL. No retries here
// (maxRetries: 0): the Workflow step retries 429/5xx with backoff, so a retry is visible and durable.
import { Validator } from "@cfworker/json-schema";
import OpenAI, { APIConnectionError, APIError } from "openai";
import type { LlmConfig } from "../../platform/config";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface Draft {
  content: string;
  tokensIn: number;
  tokensOut: number;
  /** USD, from the configured price of the model. */
  costUsd: number;
  model: string;
}

/**
 * Why a call failed. `retryable`: the step should retry it (429, 5xx, network, timeout);
 * `retryAfterS` is the provider's Retry-After when it sent one; `usage`, what an answered call cost
 * even though its output was unusable (a token budget counts it).
 */
export class LlmError extends Error {
  constructor(
    message: string,
    readonly kind: "rate_limited" | "provider_error" | "network" | "rejected" | "invalid_output",
    readonly status?: number,
    readonly retryAfterS?: number,
    readonly usage?: { tokensIn: number; tokensOut: number },
  ) {
    super(message);
    this.name = "LlmError";
  }
  get retryable(): boolean {
    return this.kind === "rate_limited" || this.kind === "provider_error" || this.kind === "network";
  }
}

export function costUsd(price: LlmConfig["price"], tokensIn: number, tokensOut: number): number {
  return (tokensIn * price.input + tokensOut * price.output) / 1_000_000;
}

function clientFor(cfg: LlmConfig, timeoutMs: number): OpenAI {
  return new OpenAI({ baseURL: cfg.baseUrl, apiKey: cfg.apiKey, maxRetries: 0, timeout: timeoutMs });
}

function toLlmError(err: unknown): LlmError {
  if (err instanceof APIConnectionError) return new LlmError(`LLM unreachable: ${err.message}`, "network");
  if (err instanceof APIError) {
    const status = err.status ?? 0;
    const after = Number(err.headers?.get("retry-after"));
    const retryAfterS = Number.isFinite(after) && after > 0 ? after : undefined;
    if (status === 429) return new LlmError(`LLM rate limited (429)`, "rate_limited", status, retryAfterS);
    if (status >= 500 || status === 408) return new LlmError(`LLM error ${status}`, "provider_error", status);
    return new LlmError(`LLM refused the request (${status}): ${err.message}`, "rejected", status);
  }
  // The SDK throws a SyntaxError-like error when the body is not JSON: the provider misbehaved.
  return new LlmError(`LLM answer unreadable: ${(err as Error).message}`, "provider_error");
}

/**
 * One completion of at most `maxTokens` answer tokens. With `schema` the request asks for structured output (response_format
 * json_schema, strict) and the answer is parsed and checked against the schema: a reply that is not
 * conforming JSON is an `invalid_output` LlmError (the caller regenerates with the findings).
 */
export async function complete(
  cfg: LlmConfig,
  messages: ChatMessage[],
  opts: { schema?: { name: string; schema: Record<string, unknown> }; timeoutMs?: number; maxTokens: number },
): Promise<Draft> {
  let res: OpenAI.Chat.Completions.ChatCompletion;
  try {
    res = await clientFor(cfg, opts.timeoutMs ?? 120_000).chat.completions.create({
      model: cfg.model,
      messages,
      // The provider stops the answer here: what the run may still spend bounds what one call costs.
      max_tokens: opts.maxTokens,
      ...(opts.schema && {
        response_format: {
          type: "json_schema",
          json_schema: { name: opts.schema.name, schema: opts.schema.schema, strict: true },
        },
      }),
    });
  } catch (err) {
    throw toLlmError(err);
  }
  const content = res.choices[0]?.message?.content ?? "";
  const tokensIn = res.usage?.prompt_tokens ?? 0;
  const tokensOut = res.usage?.completion_tokens ?? 0;
  const usage = { tokensIn, tokensOut };
  const invalid = (message: string) => new LlmError(message, "invalid_output", undefined, undefined, usage);
  if (!content.trim()) throw invalid("LLM answered with no content");
  if (opts.schema) {
    let doc: unknown;
    try {
      doc = JSON.parse(content);
    } catch {
      throw invalid("LLM answer is not valid JSON");
    }
    const result = new Validator(opts.schema.schema as ConstructorParameters<typeof Validator>[0], "2020-12").validate(
      doc,
    );
    if (!result.valid) {
      const first = result.errors.at(-1);
      throw invalid(`LLM answer does not match the schema: ${first?.instanceLocation} ${first?.error}`);
    }
  }
  return {
    content,
    tokensIn,
    tokensOut,
    costUsd: costUsd(cfg.price, tokensIn, tokensOut),
    model: res.model || cfg.model,
  };
}
