// A small OpenAI-compatible Chat Completions server for local development and tests (as
// tools/mail-sink.ts stands in for Resend). Deterministic: it reads the artifact brief that every
// generation prompt carries (src/runs/generation/contract.ts) and writes a document that passes the
// spec engine's rules (tools/llm-documents.ts). It can be told to fail, and counts requests.
//
//   POST /v1/chat/completions   non-streaming; response_format json_schema and max_tokens honoured; usage = chars / 4
//   GET  /v1/models             the models it answers for
//   POST /control/faults        queue a fault (see Fault below)      DELETE /control/faults  clear them
//   POST /control/profiles      {project, profile}: that project's requests take the profile
//   POST /control/writer        {project, seed, defectRate, ...}: the realistic writer for it (tools/llm-realistic.ts)
//   /<profile>/v1/...           the same API as a provider's endpoint answers it (tools/llm-profiles.ts)
//   GET  /control/stats         counters, requests held in flight    POST   /control/reset   clear all
//   GET  /control/requests      one line per completion request, oldest first
//
// Run alone: `node tools/llm-server.ts [port]`.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { BREAKABLE_RULES, type BreakableRule, estimateTokens, readBrief } from "../src/runs/generation/contract.ts";
import { listenLocal } from "./listen.ts";
import { conformTo, writeDocument } from "./llm-documents.ts";
import {
  PROFILE_NAMES,
  PROFILES,
  type Profile,
  type ProfileName,
  profileOfPath,
  strictSchemaViolation,
} from "./llm-profiles.ts";
import { applyDefect, type Defect, drawDefect, parseWriterSettings, type WriterSettings } from "./llm-realistic.ts";

export const DEFAULT_MODEL = "spec-drive-local";

export const FAULT_KINDS = [
  "http_500",
  "http_429",
  "invalid_json",
  "malformed_body",
  "break_rule",
  "slow",
  "refusal",
  "cut_short",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A failure to inject. It applies to matching completion requests, `times` of them (default 1). */
export interface Fault {
  kind: FaultKind;
  /** Only requests for this artifact (the brief's `artifact`). */
  artifact?: string;
  /** Only requests for this project (the brief's project name): keeps a test's fault off other tests' runs. */
  project?: string;
  /** Only the n-th completion request since start/reset (1-based). */
  request?: number;
  times?: number | "always";
  /** http_429: seconds in Retry-After (default 1). */
  retryAfter?: number;
  /** break_rule: which rule the document breaks; missing_section may name the `section`. */
  rule?: BreakableRule;
  section?: string;
  /** slow: delay before the (otherwise normal) answer, ms. */
  delayMs?: number;
  /** refusal: the model's words (default: OpenAI's example refusal). */
  message?: string;
}

/** What OpenAI's structured-outputs guide shows a refusal to say. */
export const DEFAULT_REFUSAL = "I'm sorry, I cannot assist with that request.";

export interface CompletionRecord {
  n: number;
  artifact: string | null;
  /** The brief's project name: tells concurrent runs apart in the log. */
  project: string | null;
  model: string;
  status: number;
  fault: FaultKind | null;
  promptTokens: number;
  completionTokens: number;
  /** The request's max_tokens (null when it named none). */
  maxTokens: number | null;
  /** It sent an earlier cut answer back to be continued. */
  continuation: boolean;
  /** The realistic writer's defect in this answer. */
  defect: Defect | null;
  /** When the request arrived (ISO 8601): shows the retry delays a client kept. */
  at: string;
  profile: ProfileName;
  /** Prompt tokens the profile's prefix cache served (0 without one). */
  cachedTokens: number;
}

export interface LlmServer {
  url: string;
  /** Base URL for clients (LLM_BASE_URL): `${url}/v1`. */
  baseUrl: string;
  close(): Promise<void>;
}

const MAX_BODY = 4 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** OpenAI's error shape. */
function sendError(res: ServerResponse, status: number, type: string, message: string, headers = {}) {
  send(res, status, { error: { message, type, code: type, param: null } }, headers);
}

function parseFault(body: unknown): Fault | string {
  const f = body as Partial<Fault>;
  if (!FAULT_KINDS.includes(f?.kind as FaultKind)) return `kind must be one of ${FAULT_KINDS.join(", ")}`;
  if (f.artifact !== undefined && typeof f.artifact !== "string") return "artifact must be a string";
  if (f.project !== undefined && typeof f.project !== "string") return "project must be a string";
  if (f.request !== undefined && !(Number.isInteger(f.request) && f.request > 0)) return "request must be >= 1";
  if (f.times !== undefined && f.times !== "always" && !(Number.isInteger(f.times) && f.times > 0)) {
    return 'times must be a positive integer or "always"';
  }
  if (f.kind === "break_rule" && !BREAKABLE_RULES.includes(f.rule as BreakableRule)) {
    return `rule must be one of ${BREAKABLE_RULES.join(", ")}`;
  }
  if (f.kind === "slow" && !(Number.isInteger(f.delayMs) && (f.delayMs ?? 0) > 0)) return "delayMs must be > 0";
  if (f.message !== undefined && (typeof f.message !== "string" || !f.message)) return "message must be a string";
  return f as Fault;
}

/** The openai profile's rate limits (a tier's figures; only the headers' shape matters here). */
const RPM_LIMIT = 5000;
const TPM_LIMIT = 2_000_000;

/**
 * Prompt tokens an automatic prefix cache serves: the longest prefix shared with an earlier prompt,
 * counted once it reaches 1,024 tokens and then in 128-token steps (OpenAI's prompt-caching guide).
 */
export function cachedPrefixTokens(earlier: string[], prompt: string): number {
  let best = 0;
  for (const e of earlier) {
    const max = Math.min(e.length, prompt.length);
    let i = 0;
    while (i < max && e.charCodeAt(i) === prompt.charCodeAt(i)) i++;
    best = Math.max(best, i);
  }
  const tokens = Math.floor(best / 4);
  return tokens < 1024 ? 0 : 1024 + Math.floor((tokens - 1024) / 128) * 128;
}

/** A chat model's answer without a response format: a sentence, the document in one fence, a sentence. */
export function chatAnswer(artifact: string, format: "markdown" | "json", doc: string): string {
  const lang = format === "json" ? "json" : "markdown";
  return `Here is the ${artifact} document:\n\n\`\`\`${lang}\n${doc.trimEnd()}\n\`\`\`\n\nLet me know if you want any changes.\n`;
}

function answerBody(
  n: number,
  model: string,
  message: { role: string; content: string | null; refusal: string | null },
  finishReason: "stop" | "length",
  promptTokens: number,
  completionTokens: number,
  profile: Profile,
  cachedTokens: number,
) {
  return {
    id: `chatcmpl-local-${n}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message, finish_reason: finishReason }],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      ...(profile.cachedTokens && {
        prompt_tokens_details: { cached_tokens: cachedTokens, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
      }),
    },
  };
}

/** A simulated provider's speed: each answer comes after ttftMs plus its tokens at tokensPerSecond. */
export interface Throughput {
  ttftMs: number;
  tokensPerSecond: number;
}

export async function startLlmServer(
  opts: { port?: number; host?: string; apiKey?: string; models?: string[]; throughput?: Throughput } = {},
): Promise<LlmServer> {
  const models = opts.models ?? [DEFAULT_MODEL];
  let faults: { fault: Fault; left: number }[] = [];
  let projectProfiles = new Map<string, ProfileName>();
  let writers = new Map<string, WriterSettings>();
  /** Answers (not continuations) per project/artifact: the realistic writer's draw index. */
  let answers = new Map<string, number>();
  /** Earlier prompts, newest last: the openai profile's prefix cache. */
  let seenPrompts: string[] = [];
  /** Arrival times of the last minute's completions and their tokens: the x-ratelimit-* figures. */
  let window: { at: number; tokens: number }[] = [];
  let log: CompletionRecord[] = [];
  let requests = 0;
  /** Completion requests being answered now (a slow fault holds them): tests wait on one being in flight. */
  let inFlight: { n: number; project: string; artifact: string }[] = [];

  function takeFault(n: number, artifact: string | null, project: string | null): Fault | undefined {
    const hit = faults.find(
      ({ fault, left }) =>
        left > 0 &&
        (fault.artifact === undefined || fault.artifact === artifact) &&
        (fault.project === undefined || fault.project === project) &&
        (fault.request === undefined || fault.request === n),
    );
    if (hit) hit.left -= 1;
    return hit?.fault;
  }

  async function completion(req: IncomingMessage, res: ServerResponse, pathProfile: Profile) {
    let profile = pathProfile;
    const n = ++requests;
    const at = new Date().toISOString();
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return sendError(res, 400, "invalid_request_error", "the body is not valid JSON");
    }
    const model = typeof body.model === "string" ? body.model : "";
    const maxTokens = Number.isInteger(body.max_tokens) ? (body.max_tokens as number) : null;
    if (maxTokens !== null && maxTokens < 1) {
      return sendError(res, 400, "invalid_request_error", "`max_tokens` must be at least 1");
    }
    const messages = Array.isArray(body.messages) ? (body.messages as { role?: unknown; content?: unknown }[]) : [];
    let project: string | null = null;
    let cachedTokens = 0;
    let continuation = false;
    let defect: Defect | undefined;
    const record = (status: number, fault: FaultKind | null, artifact: string | null, p = 0, c = 0) =>
      log.push({
        n,
        artifact,
        project,
        model,
        status,
        fault,
        promptTokens: p,
        completionTokens: c,
        maxTokens,
        at,
        profile: profile.name,
        cachedTokens,
        continuation,
        defect: defect ?? null,
      });
    if (!model) return sendError(res, 400, "invalid_request_error", "`model` is required");
    if (!models.includes(model)) {
      record(404, null, null);
      return sendError(res, 404, "model_not_found", `The model \`${model}\` does not exist`);
    }
    if (messages.length === 0) return sendError(res, 400, "invalid_request_error", "`messages` must not be empty");
    if (body.stream === true) return sendError(res, 400, "invalid_request_error", "streaming is not supported here");
    // Message content may be a string or an array of text parts.
    const text = messages
      .map((m) =>
        typeof m.content === "string"
          ? m.content
          : Array.isArray(m.content)
            ? m.content.map((p: { text?: unknown }) => (typeof p?.text === "string" ? p.text : "")).join("")
            : "",
      )
      .join("\n");
    const promptTokens = estimateTokens(text);
    const brief = readBrief(text);
    if (typeof brief === "string") {
      record(400, null, null, promptTokens);
      return sendError(res, 400, "invalid_request_error", brief);
    }
    project = brief.project.name;
    profile = PROFILES[projectProfiles.get(project) ?? pathProfile.name];
    const limitHeaders = profile.rateLimitHeaders ? rateLimitHeaders(promptTokens + (maxTokens ?? 0)) : {};

    const fault = takeFault(n, brief.artifact, project);
    if (fault?.kind === "slow") {
      const held = { n, project, artifact: brief.artifact };
      inFlight.push(held);
      await new Promise((r) => setTimeout(r, fault.delayMs));
      inFlight = inFlight.filter((r) => r !== held);
    }
    if (fault?.kind === "http_500") {
      record(500, "http_500", brief.artifact, promptTokens);
      return sendError(res, 500, "server_error", "The server had an error while processing your request");
    }
    if (fault?.kind === "http_429") {
      record(429, "http_429", brief.artifact, promptTokens);
      const retryAfter = String(fault.retryAfter ?? 1);
      if (profile.rateLimitHeaders) {
        // OpenAI's shape: type names the limit hit, code rate_limit_exceeded (its error-codes guide).
        return send(
          res,
          429,
          {
            error: {
              message: `Rate limit reached for ${model} on tokens per min (TPM): Limit ${TPM_LIMIT}, Used ${TPM_LIMIT}, Requested ${promptTokens}. Please try again in ${retryAfter}s.`,
              type: "tokens",
              param: null,
              code: "rate_limit_exceeded",
            },
          },
          { ...rateLimitHeaders(0, true), "retry-after": retryAfter },
        );
      }
      return sendError(res, 429, "rate_limit_exceeded", "Rate limit reached", { "retry-after": retryAfter });
    }

    const format = body.response_format as {
      type?: string;
      json_schema?: { name?: string; schema?: Record<string, unknown>; strict?: boolean };
    };
    const sent =
      format?.type === "json_schema" && profile.responseFormat !== "ignored" ? format.json_schema : undefined;
    if (sent?.strict === true && profile.responseFormat === "strict" && sent.schema) {
      const violation = strictSchemaViolation(sent.schema);
      if (violation) {
        record(400, fault?.kind ?? null, brief.artifact, promptTokens);
        return send(res, 400, {
          error: {
            message: `Invalid schema for response_format '${sent.name ?? ""}': ${violation}`,
            type: "invalid_request_error",
            param: "response_format",
            code: null,
          },
        });
      }
    }
    if (profile.cachedTokens) {
      cachedTokens = cachedPrefixTokens(seenPrompts, text);
      seenPrompts = [...seenPrompts.slice(-199), text];
    }
    if (fault?.kind === "refusal") {
      const words = fault.message ?? DEFAULT_REFUSAL;
      const completionTokens = estimateTokens(words);
      record(200, "refusal", brief.artifact, promptTokens, completionTokens);
      const message = profile.refusalField
        ? { role: "assistant", content: null, refusal: words }
        : { role: "assistant", content: words, refusal: null };
      return send(
        res,
        200,
        answerBody(n, model, message, "stop", promptTokens, completionTokens, profile, cachedTokens),
        limitHeaders,
      );
    }

    const schema = sent?.schema;
    const writer = writers.get(project);
    const continues = messages.some((m) => m.role === "assistant");
    if (writer) {
      // A continuation redraws its answer's defect (so the rest follows the same text).
      const key = `${project}/${brief.artifact}`;
      const index = continues ? Math.max(0, (answers.get(key) ?? 1) - 1) : (answers.get(key) ?? 0);
      if (!continues) answers.set(key, index + 1);
      defect = drawDefect(writer, brief, index);
    }
    let content = writeDocument(brief, {
      schema: brief.schema ?? schema,
      breakRule:
        fault?.kind === "break_rule" ? fault.rule : defect === "missing_section" ? "missing_section" : undefined,
      section: fault?.section,
    });
    // A provider that constrains decoding to the schema answers in the schema's shape (strict
    // subset: nulls for optional fields, maps as entries); one that ignores it, as a chat model does.
    if (schema && brief.format === "json" && fault?.kind !== "break_rule") {
      content = JSON.stringify(conformTo(schema, JSON.parse(content)), null, 2);
    }
    if (profile.responseFormat === "ignored") content = chatAnswer(brief.artifact, brief.format, content);
    if (defect) content = applyDefect(defect, brief, content);
    // A continuation (the cut answer sent back as the assistant's turn): the rest of the same answer.
    const partial = [...messages].reverse().find((m) => m.role === "assistant")?.content;
    continuation = typeof partial === "string" && partial !== "" && content.startsWith(partial);
    if (continuation) content = content.slice((partial as string).length);
    if (fault?.kind === "invalid_json") content = content.slice(0, Math.max(1, Math.floor(content.length / 2)));
    // As a provider does: the answer stops at max_tokens (finish_reason "length").
    let cut = maxTokens !== null && estimateTokens(content) > maxTokens;
    if (cut) content = content.slice(0, (maxTokens ?? 0) * 4);
    // cut_short: stopped half-way with finish_reason "length", as at the end of the context window.
    if (fault?.kind === "cut_short" || (defect === "cut_short" && !continues)) {
      content = content.slice(0, Math.floor(content.length / 2));
      cut = true;
    }
    const completionTokens = estimateTokens(content);
    record(200, fault?.kind ?? null, brief.artifact, promptTokens, completionTokens);
    window.push({ at: Date.now(), tokens: promptTokens + completionTokens });
    if (opts.throughput) {
      const { ttftMs, tokensPerSecond } = opts.throughput;
      await new Promise((r) => setTimeout(r, ttftMs + (completionTokens / tokensPerSecond) * 1000));
    }
    const answer = answerBody(
      n,
      model,
      { role: "assistant", content, refusal: null },
      cut ? "length" : "stop",
      promptTokens,
      completionTokens,
      profile,
      cachedTokens,
    );
    if (fault?.kind === "malformed_body") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify(answer).slice(0, 40));
    }
    return send(res, 200, answer, limitHeaders);
  }

  /** OpenAI's x-ratelimit-* headers, from the last minute's completions. */
  function rateLimitHeaders(requested: number, exhausted = false): Record<string, string> {
    const now = Date.now();
    window = window.filter((w) => now - w.at < 60_000);
    const usedTokens = window.reduce((sum, w) => sum + w.tokens, 0);
    const oldest = window[0]?.at ?? now;
    return {
      "x-ratelimit-limit-requests": String(RPM_LIMIT),
      "x-ratelimit-limit-tokens": String(TPM_LIMIT),
      "x-ratelimit-remaining-requests": String(exhausted ? 0 : Math.max(0, RPM_LIMIT - window.length - 1)),
      "x-ratelimit-remaining-tokens": String(exhausted ? 0 : Math.max(0, TPM_LIMIT - usedTokens - requested)),
      "x-ratelimit-reset-requests": `${Math.max(1, 60_000 - (now - oldest))}ms`,
      "x-ratelimit-reset-tokens": `${Math.max(1, 60_000 - (now - oldest))}ms`,
    };
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://local");
    const route = `${req.method} ${url.pathname}`;
    const api = profileOfPath(url.pathname);
    try {
      if (
        api &&
        (`${req.method} ${api.rest}` === "POST /chat/completions" || `${req.method} ${api.rest}` === "GET /models")
      ) {
        const profile = PROFILES[api.profile];
        const auth = req.headers.authorization ?? "";
        if (profile.checksKey && (!/^Bearer \S+$/.test(auth) || (opts.apiKey && auth !== `Bearer ${opts.apiKey}`))) {
          return sendError(res, 401, "invalid_api_key", "Incorrect API key provided");
        }
        if (req.method === "GET") {
          return send(res, 200, {
            object: "list",
            data: models.map((id) => ({ id, object: "model", created: 0, owned_by: "spec-drive" })),
          });
        }
        return await completion(req, res, profile);
      }
      switch (route) {
        case "POST /control/faults": {
          const fault = parseFault(JSON.parse(await readBody(req)));
          if (typeof fault === "string") return send(res, 400, { message: fault });
          faults.push({ fault, left: fault.times === "always" ? Number.POSITIVE_INFINITY : (fault.times ?? 1) });
          return send(res, 201, { faults: faults.length });
        }
        case "DELETE /control/faults":
          faults = [];
          return send(res, 200, { faults: 0 });
        case "POST /control/profiles": {
          const b = JSON.parse(await readBody(req)) as { project?: unknown; profile?: unknown };
          if (typeof b.project !== "string" || !b.project) return send(res, 400, { message: "project is required" });
          if (!PROFILE_NAMES.includes(b.profile as ProfileName)) {
            return send(res, 400, { message: `profile must be one of ${PROFILE_NAMES.join(", ")}` });
          }
          projectProfiles.set(b.project, b.profile as ProfileName);
          return send(res, 201, { project: b.project, profile: b.profile });
        }
        case "POST /control/writer": {
          const b = JSON.parse(await readBody(req)) as { project?: unknown };
          if (typeof b.project !== "string" || !b.project) return send(res, 400, { message: "project is required" });
          const settings = parseWriterSettings(b);
          if (typeof settings === "string") return send(res, 400, { message: settings });
          writers.set(b.project, settings);
          return send(res, 201, { project: b.project, ...settings });
        }
        case "POST /control/reset":
          writers = new Map();
          answers = new Map();
          projectProfiles = new Map();
          seenPrompts = [];
          window = [];
          faults = [];
          log = [];
          inFlight = [];
          requests = 0;
          return send(res, 200, { reset: true });
        case "GET /control/stats": {
          const byArtifact: Record<string, number> = {};
          for (const r of log) if (r.artifact) byArtifact[r.artifact] = (byArtifact[r.artifact] ?? 0) + 1;
          return send(res, 200, {
            requests,
            completions: log.filter((r) => r.status === 200).length,
            byArtifact,
            pendingFaults: faults.filter((f) => f.left > 0).map((f) => ({ ...f.fault, left: f.left })),
            inFlight: inFlight.map(({ project, artifact }) => ({ project, artifact })),
          });
        }
        case "GET /control/requests":
          return send(res, 200, { requests: log });
        default:
          return sendError(res, 404, "not_found", `no route ${route}`);
      }
    } catch (err) {
      return send(res, 400, { message: (err as Error).message });
    }
  });
  const { url, close } = await listenLocal(server, opts.port, opts.host);
  return { url, baseUrl: `${url}/v1`, close };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const llm = await startLlmServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`local LLM server on ${llm.baseUrl} (model ${DEFAULT_MODEL}; control API under ${llm.url}/control)`);
}
