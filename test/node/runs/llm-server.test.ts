// The local LLM server through the real client code (src/runs/generation/llm.ts, the `openai` package)
// over HTTP: documents written from the brief, usage, structured output, and every fault it can inject.
import { Validator } from "@cfworker/json-schema";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { LlmConfig } from "../../../src/runs/generation/config.ts";
import { type ArtifactBrief, estimateTokens, renderBrief } from "../../../src/runs/generation/contract.ts";
import { type ChatMessage, complete, LlmError } from "../../../src/runs/generation/llm.ts";
import { DEFAULT_MODEL, type LlmServer, startLlmServer } from "../../../tools/llm-server.ts";

let llm: LlmServer;
let cfg: LlmConfig;
const KEY = "sk-local-test";

beforeAll(async () => {
  llm = await startLlmServer({ apiKey: KEY });
  cfg = {
    baseUrl: llm.baseUrl,
    apiKey: KEY,
    model: DEFAULT_MODEL,
    provider: "openai-compatible",
    price: { input: 2, output: 8 },
  };
});
afterAll(() => llm.close());
beforeEach(async () => {
  await fetch(`${llm.url}/control/reset`, { method: "POST" });
});

const project = { name: "Tiny Todo", idea: "A todo list for two people who share chores." };

const prd: ArtifactBrief = {
  artifact: "PRD.md",
  phase: "spec",
  format: "markdown",
  description: "Product requirements with stable ids",
  sections: ["Overview", "Requirements", "Out of scope"],
  frontmatter: ["title", "project", "version"],
  defines: ["REQ-TODO-001", "REQ-TODO-002"],
  references: ["PERSONA-001"],
  project,
};

const scorecardSchema = {
  type: "object",
  additionalProperties: false,
  required: ["stack", "scores", "requirements"],
  properties: {
    stack: { type: "string", enum: ["nextjs_neon_drizzle_betterauth", "custom"] },
    scores: {
      type: "array",
      minItems: 2,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["criterion", "score"],
        properties: { criterion: { type: "string", minLength: 3 }, score: { type: "integer", minimum: 1 } },
      },
    },
    requirements: { type: "array", items: { type: "string" } },
  },
};
const scorecard: ArtifactBrief = {
  artifact: "stack-scorecard.json",
  phase: "stack_selection",
  format: "json",
  description: "Scores of candidate stacks",
  sections: [],
  frontmatter: [],
  schema: scorecardSchema,
  defines: [],
  references: ["REQ-TODO-001"],
  project,
};

const messagesFor = (brief: ArtifactBrief): ChatMessage[] => [
  { role: "system", content: "You write spec documents." },
  { role: "user", content: `Write the artifact.\n\n${renderBrief(brief)}` },
];
/** Every call names max_tokens, as the workflow's do. */
const answer = { maxTokens: 16_384 };
const jsonOpts = { ...answer, schema: { name: "stack_scorecard", schema: scorecardSchema } };

async function fault(body: object) {
  const res = await fetch(`${llm.url}/control/faults`, { method: "POST", body: JSON.stringify(body) });
  expect(res.status, await res.clone().text()).toBe(201);
}
async function stats() {
  return (await (await fetch(`${llm.url}/control/stats`)).json()) as {
    requests: number;
    completions: number;
    byArtifact: Record<string, number>;
  };
}
async function llmErrorOf(p: Promise<unknown>): Promise<LlmError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LlmError);
  return err as LlmError;
}

describe("local LLM server", () => {
  it("lists its model and refuses a wrong key", async () => {
    const ok = await fetch(`${llm.baseUrl}/models`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(await ok.json()).toMatchObject({ object: "list", data: [{ id: DEFAULT_MODEL, object: "model" }] });
    const err = await llmErrorOf(complete({ ...cfg, apiKey: "wrong" }, messagesFor(prd), answer));
    expect([err.kind, err.status, err.retryable]).toEqual(["rejected", 401, false]);
  });

  it("writes the markdown the brief asks for, the same every time, with usage = characters / 4", async () => {
    const a = await complete(cfg, messagesFor(prd), answer);
    const b = await complete(cfg, messagesFor(prd), answer);
    expect(b.content).toBe(a.content);
    const [, fm, body] = a.content.split(/^---$/m);
    expect(fm?.trim().split("\n")).toEqual(["title: PRD", "project: Tiny Todo", "version: 1"]);
    expect(body?.match(/^## .*/gm)).toEqual(["## Overview", "## Requirements", "## Out of scope"]);
    expect(a.content).toContain("- **REQ-TODO-001**:");
    expect(a.content).toContain("- **REQ-TODO-002**:");
    expect(a.content).toContain("Covers PERSONA-001.");
    const promptChars = messagesFor(prd)
      .map((m) => m.content)
      .join("\n").length;
    expect(a.tokensIn).toBe(Math.ceil(promptChars / 4));
    expect(a.tokensOut).toBe(estimateTokens(a.content));
    expect(a.costUsd).toBeCloseTo((a.tokensIn * 2 + a.tokensOut * 8) / 1e6, 12);
    expect(await stats()).toMatchObject({ requests: 2, completions: 2, byArtifact: { "PRD.md": 2 } });
  });

  it("every call names max_tokens, and the answer stops there (finish_reason length); the client continues it", async () => {
    const full = await complete(cfg, messagesFor(prd), answer);
    const cap = Math.ceil(full.tokensOut / 2);
    const raw = await fetch(`${llm.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ model: DEFAULT_MODEL, messages: messagesFor(prd), max_tokens: cap }),
    });
    const body = (await raw.json()) as { choices: { message: { content: string }; finish_reason: string }[] };
    expect(body.choices[0]?.finish_reason).toBe("length");
    expect(body.choices[0]?.message.content).toBe(full.content.slice(0, cap * 4));
    // The client sends the cut answer back and asks for the rest: the whole document in the end.
    const continued = await complete(cfg, messagesFor(prd), { maxTokens: cap });
    expect(continued.content).toBe(full.content);
    const log = (await (await fetch(`${llm.url}/control/requests`)).json()) as {
      requests: { maxTokens: number; continuation: boolean }[];
    };
    expect(log.requests.map((r) => [r.maxTokens, r.continuation])).toEqual([
      [answer.maxTokens, false],
      [cap, false],
      [cap, false],
      [cap, true],
    ]);
  });

  it("a JSON answer cut at max_tokens is unusable (it cannot be continued under a schema)", async () => {
    const err = await llmErrorOf(complete(cfg, messagesFor(scorecard), { ...jsonOpts, maxTokens: 5 }));
    expect([err.kind, err.message]).toEqual([
      "invalid_output",
      "LLM answer was cut at max_tokens (5): write it shorter",
    ]);
  });

  it("honours response_format json_schema: the JSON conforms to the schema", async () => {
    const d = await complete(cfg, messagesFor(scorecard), jsonOpts);
    const doc = JSON.parse(d.content);
    expect(new Validator(scorecardSchema as never, "2020-12").validate(doc).errors).toEqual([]);
    expect(doc.stack).toBe("nextjs_neon_drizzle_betterauth");
    expect(doc.scores).toHaveLength(2);
    expect(doc.requirements).toEqual(["REQ-TODO-001"]);
  });

  it("HTTP 500 once, then the same request succeeds", async () => {
    await fault({ kind: "http_500", artifact: "PRD.md" });
    const err = await llmErrorOf(complete(cfg, messagesFor(prd), answer));
    expect([err.kind, err.status, err.retryable]).toEqual(["provider_error", 500, true]);
    await expect(complete(cfg, messagesFor(prd), answer)).resolves.toMatchObject({ model: DEFAULT_MODEL });
    expect(await stats()).toMatchObject({ requests: 2, completions: 1 });
  });

  it("429 with Retry-After", async () => {
    await fault({ kind: "http_429", retryAfter: 7 });
    const err = await llmErrorOf(complete(cfg, messagesFor(prd), answer));
    expect([err.kind, err.status, err.retryAfterS, err.retryable]).toEqual(["rate_limited", 429, 7, true]);
  });

  it("faults match by artifact and by request number, `times` of them", async () => {
    await fault({ kind: "http_500", artifact: "stack-scorecard.json", times: 2 });
    await fault({ kind: "http_500", request: 4 });
    await expect(complete(cfg, messagesFor(prd), answer)).resolves.toBeDefined(); // 1: other artifact
    await llmErrorOf(complete(cfg, messagesFor(scorecard), jsonOpts)); // 2
    await llmErrorOf(complete(cfg, messagesFor(scorecard), jsonOpts)); // 3
    await llmErrorOf(complete(cfg, messagesFor(prd), answer)); // 4: by number
    await expect(complete(cfg, messagesFor(scorecard), jsonOpts)).resolves.toBeDefined(); // 5
    const log = (await (await fetch(`${llm.url}/control/requests`)).json()) as { requests: { status: number }[] };
    expect(log.requests.map((r) => r.status)).toEqual([200, 500, 500, 500, 200]);
  });

  it("faults match by project: another project's requests pass", async () => {
    await fault({ kind: "http_500", project: "Another project" });
    await expect(complete(cfg, messagesFor(prd), answer)).resolves.toBeDefined();
    const other = { ...prd, project: { ...prd.project, name: "Another project" } };
    await llmErrorOf(complete(cfg, messagesFor(other), answer));
    const log = (await (await fetch(`${llm.url}/control/requests`)).json()) as { requests: { status: number }[] };
    expect(log.requests.map((r) => r.status)).toEqual([200, 500]);
  });

  it("invalid JSON output is an invalid_output error, not retryable by the step", async () => {
    await fault({ kind: "invalid_json", times: "always" });
    const err = await llmErrorOf(complete(cfg, messagesFor(scorecard), jsonOpts));
    expect([err.kind, err.retryable, err.message]).toEqual(["invalid_output", false, "LLM answer is not valid JSON"]);
    // What the unusable answer cost is still reported (a run's token budget counts it).
    const log = (await (await fetch(`${llm.url}/control/requests`)).json()) as {
      requests: { promptTokens: number; completionTokens: number }[];
    };
    const [only] = log.requests;
    expect(err.usage).toEqual({ tokensIn: only!.promptTokens, tokensOut: only!.completionTokens });
    expect(only!.completionTokens).toBeGreaterThan(0);
  });

  it("a malformed response body is a provider error (retryable)", async () => {
    await fault({ kind: "malformed_body" });
    const err = await llmErrorOf(complete(cfg, messagesFor(prd), answer));
    expect([err.kind, err.retryable]).toEqual(["provider_error", true]);
  });

  it("break_rule: a document that breaks the named rule", async () => {
    const good = (await complete(cfg, messagesFor(prd), answer)).content;
    await fault({ kind: "break_rule", rule: "missing_section", section: "Requirements" });
    const noSection = (await complete(cfg, messagesFor(prd), answer)).content;
    expect(good).toContain("## Requirements");
    expect(noSection).not.toContain("## Requirements");
    await fault({ kind: "break_rule", rule: "undefined_reference" });
    expect((await complete(cfg, messagesFor(prd), answer)).content).toContain("Covers REQ-UNDEFINED-999.");
    await fault({ kind: "break_rule", rule: "schema_violation" });
    const err = await llmErrorOf(complete(cfg, messagesFor(scorecard), jsonOpts));
    expect(err.message).toContain("does not match the schema");
  });

  it("slow answer: a client with a shorter timeout gives up with a retryable network error", async () => {
    await fault({ kind: "slow", delayMs: 1500 });
    const err = await llmErrorOf(complete(cfg, messagesFor(prd), { ...answer, timeoutMs: 100 }));
    expect([err.kind, err.retryable]).toEqual(["network", true]);
  });

  it("a prompt without a brief, an unknown model and a bad fault are refused", async () => {
    const noBrief = await llmErrorOf(complete(cfg, [{ role: "user", content: "hello" }], answer));
    expect([noBrief.kind, noBrief.status]).toEqual(["rejected", 400]);
    const model = await llmErrorOf(complete({ ...cfg, model: "gpt-nope" }, messagesFor(prd), answer));
    expect([model.kind, model.status]).toEqual(["rejected", 404]);
    const bad = await fetch(`${llm.url}/control/faults`, {
      method: "POST",
      body: JSON.stringify({ kind: "break_rule", rule: "nonsense" }),
    });
    expect(bad.status).toBe(400);
  });
});
