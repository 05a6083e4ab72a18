// The local LLM server's provider profiles (tools/llm-profiles.ts) through the real client
// (src/runs/generation/llm.ts) over HTTP: each profile's documented behaviour, and the generator coping
// with it (strict-subset schemas and their inverse, fences and prose, refusals, rate limits, cached
// prompt tokens). Every JSON artifact schema of the templates goes through the openai profile.
import { Validator } from "@cfworker/json-schema";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PHASES } from "../../../src/platform/db/schema.ts";
import { extractJson, extractMarkdown, normalizeHeadings } from "../../../src/runs/generation/answer.ts";
import { briefFindings, briefFor } from "../../../src/runs/generation/brief.ts";
import { isComputed } from "../../../src/runs/generation/computed.ts";
import type { LlmConfig } from "../../../src/runs/generation/config.ts";
import { type ArtifactBrief, renderBrief } from "../../../src/runs/generation/contract.ts";
import { type ChatMessage, complete, LlmError } from "../../../src/runs/generation/llm.ts";
import { detectProvider } from "../../../src/runs/generation/provider.ts";
import { fromStrict, toStrict } from "../../../src/runs/generation/strict-schema.ts";
import { phaseTemplate } from "../../../src/spec-engine/index.ts";
import { STACK_SCORECARD_SCHEMA } from "../../../src/spec-engine/schemas/artifacts.ts";
import { conformTo } from "../../../tools/llm-documents.ts";
import { profileOfPath, strictSchemaViolation } from "../../../tools/llm-profiles.ts";
import { applyDefect, DEFECTS, drawDefect } from "../../../tools/llm-realistic.ts";
import { DEFAULT_MODEL, DEFAULT_REFUSAL, type LlmServer, startLlmServer } from "../../../tools/llm-server.ts";

let llm: LlmServer;
const KEY = "sk-profile-test";
const project = { name: "Profiles", idea: "A shared todo list for two people who split household chores." };
const state = { project, artifacts: [] };

beforeAll(async () => {
  llm = await startLlmServer({ apiKey: KEY });
});
afterAll(() => llm.close());
beforeEach(async () => {
  await fetch(`${llm.url}/control/reset`, { method: "POST" });
});

/** The client configured as a newcomer would: base URL of the profile, key, model; provider detected. */
function cfgFor(profile: string, overrides: Partial<LlmConfig> = {}): LlmConfig {
  const baseUrl = `${llm.url}/${profile}/v1`;
  return {
    baseUrl,
    apiKey: KEY,
    model: DEFAULT_MODEL,
    provider: detectProvider(baseUrl),
    price: { input: 2, output: 8, cachedInput: 1 },
    ...overrides,
  };
}

const jsonTemplates = PHASES.flatMap((p) => (p === "done" ? [] : phaseTemplate(p).artifacts))
  .filter((t) => t.format === "json")
  // traceability.json is in two phases' templates, with one schema.
  .filter((t, i, all) => all.findIndex((o) => o.name === t.name) === i);
const markdownTemplate = phaseTemplate("analysis").artifacts.find((t) => t.format === "markdown");
const scorecardTpl = jsonTemplates.find((t) => t.name === "stack-scorecard.json");
if (!markdownTemplate || !scorecardTpl) throw new Error("templates changed");

const messagesFor = (brief: ArtifactBrief): ChatMessage[] => [
  { role: "system", content: "You write spec documents." },
  { role: "user", content: `Write the artifact.\n\n${renderBrief(brief)}` },
];
const schemaOpts = (brief: ArtifactBrief) => ({
  maxTokens: 16_384,
  schema: { name: "artifact", schema: brief.schema as Record<string, unknown> },
});

async function raw(profile: string, body: object, key = KEY) {
  return fetch(`${llm.url}/${profile}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ model: DEFAULT_MODEL, max_tokens: 16_384, ...body }),
  });
}
async function fault(body: object) {
  const res = await fetch(`${llm.url}/control/faults`, { method: "POST", body: JSON.stringify(body) });
  expect(res.status).toBe(201);
}
async function llmErrorOf(p: Promise<unknown>): Promise<LlmError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LlmError);
  return err as LlmError;
}

describe("openai profile", () => {
  it("refuses a strict json_schema outside the strict subset: 400 invalid_request_error, as OpenAI words it", async () => {
    const brief = briefFor(scorecardTpl, state);
    const res = await raw("openai", {
      messages: messagesFor(brief),
      response_format: {
        type: "json_schema",
        json_schema: { name: "artifact", schema: STACK_SCORECARD_SCHEMA, strict: true },
      },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        message:
          "Invalid schema for response_format 'artifact': In context=(), 'additionalProperties' is required to be supplied and to be false.",
        type: "invalid_request_error",
        param: "response_format",
        code: null,
      },
    });
    // A property left out of `required` is the other rule.
    const optional = {
      type: "object",
      additionalProperties: false,
      required: ["a"],
      properties: { a: { type: "string" }, notes: { type: "string" } },
    };
    const res2 = await raw("openai", {
      messages: messagesFor(brief),
      response_format: { type: "json_schema", json_schema: { name: "x", schema: optional, strict: true } },
    });
    expect(((await res2.json()) as { error: { message: string } }).error.message).toBe(
      "Invalid schema for response_format 'x': In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'notes'.",
    );
  });

  it("every JSON artifact of the templates is drafted through it: strict subset sent, answer mapped back and valid", async () => {
    expect(jsonTemplates.map((t) => t.name).sort()).toEqual(
      ["api-spec.json", "dependency-proposal.json", "sbom.json", "stack-scorecard.json", "traceability.json"].sort(),
    );
    const drafted = jsonTemplates.filter((t) => !isComputed(t.name)); // traceability.json is computed
    for (const tpl of drafted) {
      const brief = briefFor(tpl, state);
      const draft = await complete(cfgFor("openai"), messagesFor(brief), schemaOpts(brief));
      const doc = JSON.parse(draft.content);
      const check = new Validator(tpl.schema as never, "2020-12").validate(doc);
      expect(check.errors, tpl.name).toEqual([]);
    }
    const log = (await (await fetch(`${llm.url}/control/requests`)).json()) as { requests: { status: number }[] };
    expect(log.requests.map((r) => r.status)).toEqual(drafted.map(() => 200));
  });

  it("a refusal stops with the provider's words (message.refusal, content null)", async () => {
    await fault({ kind: "refusal", message: "I can't help with designing that." });
    const brief = briefFor(markdownTemplate, state);
    const err = await llmErrorOf(complete(cfgFor("openai"), messagesFor(brief), { maxTokens: 1000 }));
    expect([err.kind, err.retryable, err.message]).toEqual([
      "refused",
      false,
      "the model refused: I can't help with designing that.",
    ]);
    await fault({ kind: "refusal" });
    const res = await raw("openai", { messages: messagesFor(brief) });
    const body = (await res.json()) as { choices: { message: object }[] };
    expect(body.choices[0]?.message).toEqual({ role: "assistant", content: null, refusal: DEFAULT_REFUSAL });
  });

  it("429 with retry-after and the x-ratelimit-* headers; every answer carries the headers", async () => {
    const brief = briefFor(markdownTemplate, state);
    const ok = await raw("openai", { messages: messagesFor(brief) });
    expect(ok.status).toBe(200);
    for (const h of ["limit-requests", "limit-tokens", "remaining-requests", "remaining-tokens", "reset-requests"]) {
      expect(ok.headers.get(`x-ratelimit-${h}`), h).toMatch(/^\d+(ms)?$/);
    }
    await fault({ kind: "http_429", retryAfter: 3 });
    const limited = await raw("openai", { messages: messagesFor(brief) });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    expect(limited.headers.get("x-ratelimit-remaining-tokens")).toBe("0");
    expect(await limited.json()).toMatchObject({ error: { type: "tokens", code: "rate_limit_exceeded" } });
    await fault({ kind: "http_429", retryAfter: 4 });
    const err = await llmErrorOf(complete(cfgFor("openai"), messagesFor(brief), { maxTokens: 1000 }));
    expect([err.kind, err.retryAfterS, err.retryable]).toEqual(["rate_limited", 4, true]);
  });

  it("usage.prompt_tokens_details.cached_tokens: a repeated prefix of 1024+ tokens, in 128-token steps, at the cached price", async () => {
    const brief = briefFor(markdownTemplate, state);
    const stable = `${"Stable instructions that every draft shares. ".repeat(120)}\n`; // ~1,350 tokens
    const messages = (n: number): ChatMessage[] => [
      { role: "system", content: stable },
      { role: "user", content: `Draft ${n}.\n\n${renderBrief(brief)}` },
    ];
    const first = await complete(cfgFor("openai"), messages(1), { maxTokens: 4000 });
    const second = await complete(cfgFor("openai"), messages(2), { maxTokens: 4000 });
    expect(first.cachedTokensIn).toBe(0);
    expect(second.cachedTokensIn).toBeGreaterThanOrEqual(1024);
    expect((second.cachedTokensIn - 1024) % 128).toBe(0);
    expect(second.cachedTokensIn).toBeLessThanOrEqual(Math.floor(stable.length / 4) + 2);
    const cached = second.cachedTokensIn;
    expect(second.costUsd).toBeCloseTo(((second.tokensIn - cached) * 2 + cached * 1 + second.tokensOut * 8) / 1e6, 12);
  });
});

describe("other profiles", () => {
  it("workers-ai, ollama, gemini honour the schema (no strict flag); the generator sends the strict subset without it", async () => {
    const brief = briefFor(scorecardTpl, state);
    for (const profile of ["workers-ai", "ollama", "gemini"]) {
      const draft = await complete(cfgFor(profile), messagesFor(brief), schemaOpts(brief));
      expect(new Validator(scorecardTpl.schema as never, "2020-12").validate(JSON.parse(draft.content)).valid).toBe(
        true,
      );
    }
    // The raw schema is accepted there too (no strict subset enforced), unlike openai.
    const res = await raw("workers-ai", {
      messages: messagesFor(brief),
      response_format: {
        type: "json_schema",
        json_schema: { name: "a", schema: STACK_SCORECARD_SCHEMA, strict: true },
      },
    });
    expect(res.status).toBe(200);
  });

  it("ollama ignores the API key; openai refuses a wrong one", async () => {
    const brief = briefFor(markdownTemplate, state);
    expect((await raw("ollama", { messages: messagesFor(brief) }, "ollama")).status).toBe(200);
    expect((await raw("openai", { messages: messagesFor(brief) }, "ollama")).status).toBe(401);
  });

  it("anthropic ignores response_format: the answer is prose around one fence; the generator takes the document out", async () => {
    const md = briefFor(markdownTemplate, state);
    const res = await raw("anthropic", { messages: messagesFor(md) });
    const text = ((await res.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content;
    expect(text).toMatch(/^Here is the .+ document:\n\n```markdown\n---\n/);
    const draft = await complete(cfgFor("anthropic"), messagesFor(md), { maxTokens: 16_384 });
    expect(draft.content.startsWith("---\n")).toBe(true);
    expect(draft.content).not.toContain("```");
    const json = briefFor(scorecardTpl, state);
    const jsonDraft = await complete(cfgFor("anthropic"), messagesFor(json), schemaOpts(json));
    expect(new Validator(scorecardTpl.schema as never, "2020-12").validate(JSON.parse(jsonDraft.content)).valid).toBe(
      true,
    );
    // The generator sent no response_format to it (documented as ignored).
    expect(cfgFor("anthropic").provider).toBe("anthropic");
  });

  it("a project's requests take the profile set for it (POST /control/profiles)", async () => {
    const brief = briefFor(scorecardTpl, state);
    const set = await fetch(`${llm.url}/control/profiles`, {
      method: "POST",
      body: JSON.stringify({ project: project.name, profile: "openai" }),
    });
    expect(set.status).toBe(201);
    const res = await fetch(`${llm.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}` },
      body: JSON.stringify({
        model: DEFAULT_MODEL,
        messages: messagesFor(brief),
        response_format: {
          type: "json_schema",
          json_schema: { name: "a", schema: STACK_SCORECARD_SCHEMA, strict: true },
        },
      }),
    });
    expect(res.status).toBe(400);
    const bad = await fetch(`${llm.url}/control/profiles`, {
      method: "POST",
      body: JSON.stringify({ project: "x", profile: "bedrock" }),
    });
    expect(bad.status).toBe(400);
    expect(profileOfPath("/v1/chat/completions")).toEqual({ profile: "local", rest: "/chat/completions" });
    expect(profileOfPath("/local/v1/models")).toBeUndefined();
    expect(profileOfPath("/bedrock/v1/models")).toBeUndefined();
  });
});

describe("strict subset and the answer's document", () => {
  it("every template schema becomes one the strict rules accept, and a conforming answer maps back to the original", () => {
    for (const tpl of jsonTemplates) {
      const brief = briefFor(tpl, state);
      const strict = toStrict(tpl.schema as Record<string, unknown>);
      expect(strictSchemaViolation(strict), tpl.name).toBeUndefined();
      if (brief.example === undefined) continue;
      const answered = conformTo(strict, structuredClone(brief.example));
      expect(new Validator(strict as never, "2020-12").validate(answered).errors, tpl.name).toEqual([]);
      expect(fromStrict(tpl.schema as Record<string, unknown>, answered), tpl.name).toEqual(brief.example);
    }
  });

  it("optional fields are required and nullable, maps are entries; back: nulls dropped, entries an object", () => {
    const strict = toStrict(STACK_SCORECARD_SCHEMA as Record<string, unknown>);
    const option = (strict.properties as Record<string, { items: Record<string, unknown> }>).options?.items ?? {};
    expect(option.required).toEqual(["id", "name", "scores", "notes"]);
    expect((option.properties as Record<string, unknown>).notes).toEqual({
      anyOf: [{ type: "string" }, { type: "null" }],
    });
    expect((option.properties as Record<string, { type: string }>).scores?.type).toBe("array");
    const back = fromStrict(STACK_SCORECARD_SCHEMA as Record<string, unknown>, {
      criteria: [{ id: "cost", name: "Cost", weight: 1 }],
      options: [{ id: "a", name: "A", scores: [{ key: "cost", value: 7 }], notes: null }],
      recommended: "a",
    });
    expect(back).toEqual({
      criteria: [{ id: "cost", name: "Cost", weight: 1 }],
      options: [{ id: "a", name: "A", scores: { cost: 7 } }],
      recommended: "a",
    });
  });

  it("takes the document out of a fence, prose around it, comments and trailing commas", () => {
    expect(extractMarkdown("Sure! Here it is:\n\n```markdown\n---\ntitle: X\n---\n# X\n```\n\nAnything else?")).toBe(
      "---\ntitle: X\n---\n# X\n",
    );
    expect(extractMarkdown("Here is the document.\n\n# Title\n\n## A\n")).toBe("# Title\n\n## A\n");
    // A code block inside the document is not taken for its wrapper.
    const withCode = "# T\n\n## A\n\n```ts\nconst a = 1;\n```\n";
    expect(extractMarkdown(withCode)).toBe(withCode);
    expect(extractJson('Here:\n```json\n{"a": [1, 2,], // two\n "b": "x, }"}\n```\nDone.')).toEqual({
      a: [1, 2],
      b: "x, }",
    });
    expect(extractJson('The JSON is {"a": 1} as asked.')).toEqual({ a: 1 });
    expect(extractJson("no json here")).toBeUndefined();
  });

  it("puts required sections back at level 2 under their names (numbered, or the outline a level deeper)", () => {
    const sections = ["Overview", "Requirements"];
    expect(normalizeHeadings("# T\n\n## 1. Overview\n\ntext\n\n## 2) Requirements\n", sections)).toBe(
      "# T\n\n## Overview\n\ntext\n\n## Requirements\n",
    );
    expect(normalizeHeadings("# T\n\n### overview\n\n#### Persona 1\n\n### Requirements\n", sections)).toBe(
      "# T\n\n## Overview\n\n### Persona 1\n\n## Requirements\n",
    );
    const plain = "# T\n\n## Overview\n\n### Detail\n\n```md\n## 9. Not a heading\n```\n";
    expect(normalizeHeadings(plain, sections)).toBe(plain);
  });
});

describe("realistic writer", () => {
  const md = briefFor(markdownTemplate, state);

  it("draws the same defects for the same seed, about the configured rate, and each defect the generator meets is undone", () => {
    const draws = (seed: number) =>
      Array.from({ length: 400 }, (_, i) => drawDefect({ seed, defectRate: 0.3 }, md, i) ?? "none");
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
    const rate = draws(7).filter((d) => d !== "none").length / 400;
    expect(rate).toBeGreaterThan(0.2);
    expect(rate).toBeLessThan(0.4);
    expect(new Set(draws(7))).toEqual(new Set(["none", ...DEFECTS.filter((d) => !d.startsWith("json_"))]));
    // persistent: every answer of the artifact draws the first one's.
    const persistent = Array.from({ length: 5 }, (_, i) =>
      drawDefect({ seed: 3, defectRate: 1, persistent: true }, md, i),
    );
    expect(new Set(persistent).size).toBe(1);
  });

  it("what the generator takes out of each repairable defect is the clean document", () => {
    const doc = "---\ntitle: T\n---\n\n# T\n\n## Overview\n\nText.\n\n### Persona 1\n\nMore.\n";
    for (const d of ["prose_around", "fence", "heading_levels", "numbered_headings"] as const) {
      const taken = normalizeHeadings(extractMarkdown(applyDefect(d, md, doc)), ["Overview"]);
      expect(taken.trimEnd().startsWith(doc.trimEnd()), d).toBe(true);
    }
    const json = briefFor(scorecardTpl, state);
    const value = { a: [1, 2], b: { c: "x" } };
    for (const d of ["prose_around", "fence", "json_trailing_comma", "json_comment"] as const) {
      const answer = applyDefect(d, json, JSON.stringify(value, null, 2));
      expect(() => JSON.parse(answer), d).toThrow();
      expect(extractJson(answer), d).toEqual(value);
    }
  });

  it("a draft that writes the ids its brief defines in another format is held to them (wrong_id_format)", () => {
    const prdTpl = phaseTemplate("spec").artifacts.find((t) => t.name === "PRD.md");
    if (!prdTpl) throw new Error("no PRD template");
    const prd = briefFor(prdTpl, state);
    const doc = "## Requirements\n\n- **REQ-CORE-001**: a\n- **REQ-CORE-002**: b\n- **REQ-CORE-003**: c\n";
    expect(briefFindings(prd, doc)).toEqual([]);
    const wrong = applyDefect("wrong_id_format", prd, doc);
    expect(wrong).toContain("REQ-CORE-1**");
    expect(briefFindings(prd, wrong).map((f) => [f.ruleId, f.message])).toEqual([
      [
        "brief-defines",
        "define REQ-CORE-001, REQ-CORE-002, REQ-CORE-003 exactly in this format (the later documents trace them)",
      ],
    ]);
    // REQ-CORE-0010 does not define REQ-CORE-001.
    expect(briefFindings(prd, doc.replace("REQ-CORE-001", "REQ-CORE-0010"))).toHaveLength(1);
  });
});
