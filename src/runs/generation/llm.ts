// The LLM client: one Chat Completions call per draft through the official `openai` package (see
// docs/generation.md for why this client), against any OpenAI-compatible base URL. No retries here
// (maxRetries: 0): the Workflow step retries 429/5xx with backoff, so a retry is visible and durable.
import { Validator } from "@cfworker/json-schema";
import OpenAI, { APIConnectionError, APIError } from "openai";
import { extractJson, extractMarkdown, normalizeHeadings } from "./answer";
import type { LlmConfig } from "./config";
import { STRUCTURED_MODE } from "./provider";
import { fromStrict, toStrict } from "./strict-schema";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** What a continuation asks after an answer cut at max_tokens (the cut answer is sent before it). */
export const CONTINUE_PROMPT =
  "Your answer was cut off. Continue exactly where it stopped: do not repeat anything, add nothing before it.";

export interface Draft {
  content: string;
  tokensIn: number;
  tokensOut: number;
  /** Prompt tokens the provider served from its cache (usage.prompt_tokens_details.cached_tokens). */
  cachedTokensIn: number;
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
    readonly kind:
      | "rate_limited"
      | "provider_error"
      | "network"
      | "rejected"
      | "invalid_output"
      /** The model refused (OpenAI's message.refusal): the message carries its words. */
      | "refused",
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

/** USD of one call; prompt tokens the provider served from its cache at the cached price, when it has one. */
export function costUsd(price: LlmConfig["price"], tokensIn: number, tokensOut: number, cachedIn = 0): number {
  const cached = Math.min(cachedIn, tokensIn);
  return (
    ((tokensIn - cached) * price.input + cached * (price.cachedInput ?? price.input) + tokensOut * price.output) /
    1_000_000
  );
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

/** One answer as the provider gave it: text, whether it was cut at max_tokens, usage. */
interface RawAnswer {
  content: string;
  truncated: boolean;
  tokensIn: number;
  tokensOut: number;
  cachedIn: number;
  model: string;
}

async function call(
  cfg: LlmConfig,
  messages: ChatMessage[],
  maxTokens: number,
  timeoutMs: number,
  responseFormat: OpenAI.Chat.Completions.ChatCompletionCreateParams["response_format"],
): Promise<RawAnswer> {
  let res: OpenAI.Chat.Completions.ChatCompletion;
  try {
    res = await clientFor(cfg, timeoutMs).chat.completions.create({
      model: cfg.model,
      messages,
      // The provider stops the answer here: what the run may still spend bounds what one call costs.
      max_tokens: maxTokens,
      ...(responseFormat && { response_format: responseFormat }),
    });
  } catch (err) {
    throw toLlmError(err);
  }
  const choice = res.choices[0];
  const usage = {
    tokensIn: res.usage?.prompt_tokens ?? 0,
    tokensOut: res.usage?.completion_tokens ?? 0,
  };
  const refusal = choice?.message?.refusal;
  if (refusal) throw new LlmError(`the model refused: ${refusal}`, "refused", undefined, undefined, usage);
  return {
    content: choice?.message?.content ?? "",
    truncated: choice?.finish_reason === "length",
    ...usage,
    cachedIn: res.usage?.prompt_tokens_details?.cached_tokens ?? 0,
    model: res.model || cfg.model,
  };
}

/** Continuations of a Markdown answer cut at max_tokens, at most this many per draft. */
export const MAX_CONTINUATIONS = 2;

/**
 * One draft: a completion of at most `maxTokens` answer tokens, continued up to MAX_CONTINUATIONS
 * times while a Markdown answer is cut at max_tokens (the cut answer and CONTINUE_PROMPT sent back).
 * With `schema` it asks for structured output in the provider's mode (src/runs/generation/provider.ts),
 * the schema in the strict subset (src/runs/generation/strict-schema.ts); the document is taken from the
 * answer (a fence, prose around it: src/runs/generation/answer.ts), mapped back from the strict shape and
 * checked against the artifact's own schema. Unusable output (empty, not JSON, not conforming, a JSON
 * answer cut short) is an `invalid_output` LlmError (the caller regenerates with the findings); a
 * refusal is a `refused` one.
 */
export async function complete(
  cfg: LlmConfig,
  messages: ChatMessage[],
  opts: {
    schema?: { name: string; schema: Record<string, unknown> };
    timeoutMs?: number;
    maxTokens: number;
    /** Markdown: the required sections, whose headings are put at level 2 under their names. */
    sections?: string[];
  },
): Promise<Draft> {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const mode = STRUCTURED_MODE[cfg.provider];
  const responseFormat =
    opts.schema && mode !== "prompt"
      ? {
          type: "json_schema" as const,
          json_schema: {
            name: opts.schema.name,
            schema: toStrict(opts.schema.schema),
            ...(mode === "strict" && { strict: true }),
          },
        }
      : undefined;
  let answer = await call(cfg, messages, opts.maxTokens, timeoutMs, responseFormat);
  let content = answer.content;
  const total = { tokensIn: answer.tokensIn, tokensOut: answer.tokensOut, cachedIn: answer.cachedIn };
  // Markdown cut at max_tokens: ask for the rest (a JSON answer under a schema cannot be continued).
  for (let n = 0; answer.truncated && !opts.schema && n < MAX_CONTINUATIONS; n++) {
    const next: ChatMessage[] = [
      ...messages,
      { role: "assistant", content },
      { role: "user", content: CONTINUE_PROMPT },
    ];
    answer = await call(cfg, next, opts.maxTokens, timeoutMs, undefined);
    content += answer.content;
    total.tokensIn += answer.tokensIn;
    total.tokensOut += answer.tokensOut;
    total.cachedIn += answer.cachedIn;
  }
  const usage = { tokensIn: total.tokensIn, tokensOut: total.tokensOut };
  const invalid = (message: string) => new LlmError(message, "invalid_output", undefined, undefined, usage);
  if (!content.trim()) throw invalid("LLM answered with no content");
  if (answer.truncated) {
    throw invalid(`LLM answer was cut at max_tokens (${opts.maxTokens}): write it shorter`);
  }
  if (opts.schema) {
    const parsed = extractJson(content);
    if (parsed === undefined) throw invalid("LLM answer is not valid JSON");
    const doc = fromStrict(opts.schema.schema, parsed);
    const result = new Validator(opts.schema.schema as ConstructorParameters<typeof Validator>[0], "2020-12").validate(
      doc,
    );
    if (!result.valid) {
      const first = result.errors.at(-1);
      throw invalid(`LLM answer does not match the schema: ${first?.instanceLocation} ${first?.error}`);
    }
    content = `${JSON.stringify(doc, null, 2)}\n`;
  } else {
    content = normalizeHeadings(extractMarkdown(content), opts.sections ?? []);
  }
  return {
    content,
    ...usage,
    cachedTokensIn: total.cachedIn,
    costUsd: costUsd(cfg.price, usage.tokensIn, usage.tokensOut, total.cachedIn),
    model: answer.model,
  };
}
