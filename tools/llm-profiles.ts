// Provider profiles of the local LLM server (tools/llm-server.ts): what each provider's
// OpenAI-compatible Chat Completions endpoint documents, reproduced per behaviour, with the page
// that says so. A request takes the profile of its base-URL path prefix (/openai/v1, /workers-ai/v1,
// /ollama/v1, /anthropic/v1, /gemini/v1) or the one set for its project (POST /control/profiles);
// plain /v1 is `local`, the permissive deterministic server the rest of the suite uses.
// Where a provider's docs do not say, the profile says "not documented" and does the plainest thing.

export const PROFILE_NAMES = ["local", "openai", "workers-ai", "ollama", "anthropic", "gemini"] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/**
 * What a profile does with `response_format: {type: "json_schema"}`:
 * - `strict`: with `strict: true` the schema must be in the strict subset (else 400), and the answer
 *   conforms to it; without `strict` the answer conforms too;
 * - `schema`: the schema is honoured (the answer conforms), `strict` is not checked;
 * - `ignored`: the field is ignored; the model answers as a chat model does (a fenced document).
 */
export type ResponseFormatMode = "strict" | "schema" | "ignored";

export interface Profile {
  name: ProfileName;
  responseFormat: ResponseFormatMode;
  /** A refusal comes back in `message.refusal` with `content: null`. */
  refusalField: boolean;
  /** `x-ratelimit-*` headers on every answer and on a 429. */
  rateLimitHeaders: boolean;
  /** `usage.prompt_tokens_details.cached_tokens` from an automatic prefix cache. */
  cachedTokens: boolean;
  /** The API key is checked (a bearer token is required); false: any value is accepted. */
  checksKey: boolean;
  /** Behaviour -> the provider's page that documents it (or says it is not documented). */
  cites: Record<string, string>;
}

const OPENAI = {
  strict: "https://platform.openai.com/docs/guides/structured-outputs#supported-schemas",
  refusal: "https://platform.openai.com/docs/guides/structured-outputs#refusals",
  length: "https://platform.openai.com/docs/api-reference/chat/object#chat/object-choices",
  rateLimits: "https://platform.openai.com/docs/guides/rate-limits#rate-limits-in-headers",
  errors: "https://platform.openai.com/docs/guides/error-codes#api-errors",
  caching: "https://platform.openai.com/docs/guides/prompt-caching",
};

export const PROFILES: Record<ProfileName, Profile> = {
  local: {
    name: "local",
    responseFormat: "schema",
    refusalField: true,
    rateLimitHeaders: false,
    cachedTokens: false,
    checksKey: true,
    cites: { all: "the project's own deterministic stand-in (docs/generation.md)" },
  },
  openai: {
    name: "openai",
    responseFormat: "strict",
    refusalField: true,
    rateLimitHeaders: true,
    cachedTokens: true,
    checksKey: true,
    cites: {
      "strict schema subset, 400 invalid_request_error": OPENAI.strict,
      "refusal in message.refusal": OPENAI.refusal,
      'finish_reason "length" at max_tokens': OPENAI.length,
      "429 with retry-after and x-ratelimit-*": `${OPENAI.rateLimits}, ${OPENAI.errors}`,
      "usage.prompt_tokens_details.cached_tokens (prefix >= 1024 tokens, 128-token steps)": OPENAI.caching,
    },
  },
  "workers-ai": {
    name: "workers-ai",
    responseFormat: "schema",
    refusalField: false,
    rateLimitHeaders: false,
    cachedTokens: false,
    checksKey: true,
    cites: {
      "OpenAI-compatible /v1/chat/completions":
        "https://developers.cloudflare.com/workers-ai/configuration/open-ai-compatibility/",
      "response_format json_schema honoured (JSON Mode)":
        "https://developers.cloudflare.com/workers-ai/features/json-mode/",
      "strict subset enforced": "not documented (JSON Mode takes any JSON Schema): not checked",
      "refusal field, rate-limit headers, cached tokens": "not documented: none sent",
    },
  },
  ollama: {
    name: "ollama",
    responseFormat: "schema",
    refusalField: false,
    rateLimitHeaders: false,
    cachedTokens: false,
    checksKey: false,
    cites: {
      "response_format supported, API key required by the client but ignored":
        "https://docs.ollama.com/api/openai-compatibility",
      "json_schema honoured (structured outputs)": "https://ollama.com/blog/structured-outputs",
      "strict flag": "not documented: not checked",
      "refusal field, rate-limit headers, cached tokens": "not documented: none sent",
    },
  },
  anthropic: {
    name: "anthropic",
    responseFormat: "ignored",
    refusalField: false,
    rateLimitHeaders: false,
    cachedTokens: false,
    checksKey: true,
    cites: {
      "response_format ignored; finish_reason supported": "https://docs.claude.com/en/api/openai-sdk",
      "prompt caching not in the compatibility layer": "https://docs.claude.com/en/api/openai-sdk",
      "answer shape without response_format":
        "not documented: the stand-in wraps the document in one fence after a sentence, as chat models often do",
    },
  },
  gemini: {
    name: "gemini",
    responseFormat: "schema",
    refusalField: false,
    rateLimitHeaders: false,
    cachedTokens: false,
    checksKey: true,
    cites: {
      "OpenAI compatibility, response_format json_schema (structured output)":
        "https://ai.google.dev/gemini-api/docs/openai",
      "which JSON Schema keywords it refuses": "not confirmed from its docs: not checked",
      "cached tokens in usage": "not documented for the compatibility layer: none sent",
    },
  },
};

/** The profile a path names (`/openai/v1/...` -> openai; `/v1/...` -> local), or undefined. */
export function profileOfPath(pathname: string): { profile: ProfileName; rest: string } | undefined {
  const m = /^\/(?:([a-z-]+)\/)?v1(\/.*)$/.exec(pathname);
  if (!m?.[2]) return undefined;
  if (m[1] === undefined) return { profile: "local", rest: m[2] };
  const name = m[1] as ProfileName;
  return name !== "local" && PROFILE_NAMES.includes(name) ? { profile: name, rest: m[2] } : undefined;
}

type Schema = Record<string, unknown>;

/**
 * OpenAI's strict-mode rules the issue's failure came from, with OpenAI's wording: every object
 * node has `additionalProperties: false` and lists every property in `required`; the root is an
 * object, not anyOf. The first violation, or undefined. (Only documented rules are checked.)
 */
export function strictSchemaViolation(schema: Schema): string | undefined {
  if (schema.type !== "object" || "anyOf" in schema) {
    return (
      "In context=(), schema must be a JSON Schema of 'type: \"object\"', got 'type: \"" +
      String(schema.type ?? (schema.anyOf ? "anyOf" : "None")) +
      "\"'."
    );
  }
  return walk(schema, []);
}

function walk(node: unknown, path: string[]): string | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  const s = node as Schema;
  const context = `context=(${path.map((p) => `'${p}'`).join(", ")}${path.length === 1 ? "," : ""})`;
  const isObject = s.type === "object" || (Array.isArray(s.type) && s.type.includes("object")) || "properties" in s;
  if (isObject) {
    if (s.additionalProperties !== false) {
      return `In ${context}, 'additionalProperties' is required to be supplied and to be false.`;
    }
    const keys = Object.keys((s.properties ?? {}) as object);
    const required = Array.isArray(s.required) ? (s.required as string[]) : undefined;
    const missing = keys.filter((k) => !required?.includes(k));
    if (!required || missing.length > 0) {
      return `In ${context}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0] ?? keys[0]}'.`;
    }
  }
  for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) {
    const hit = walk(v, [...path, "properties", k]);
    if (hit) return hit;
  }
  if (s.items) {
    const hit = walk(s.items, [...path, "items"]);
    if (hit) return hit;
  }
  for (const key of ["anyOf", "$defs", "definitions"] as const) {
    const sub = s[key];
    const entries = Array.isArray(sub) ? sub.map((v, i) => [String(i), v] as const) : Object.entries(sub ?? {});
    for (const [k, v] of entries) {
      const hit = walk(v, [...path, key, k]);
      if (hit) return hit;
    }
  }
  return undefined;
}
