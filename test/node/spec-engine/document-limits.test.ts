// The spec engine's bounds on what a document may hold (docs/limits.md, "Limits inside a document"): YAML
// frontmatter without aliases and under the JSON body checks, JSON documents nested at most 64 levels, unique
// arrays of at most 128 items; and the linear heading, id-block and placeholder scanners find what the
// backtracking regexes they replace found.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JSON_MAX_DEPTH } from "../../../src/platform/lib/json-problem.ts";
import { validateArtifact } from "../../../src/spec-engine/index.ts";
import { UNIQUE_ITEMS_MAX } from "../../../src/spec-engine/json-schema.ts";
import {
  atxHeading,
  FRONTMATTER_MAX,
  FRONTMATTER_SOURCE_MAX,
  idBlocks,
  parseMarkdown,
} from "../../../src/spec-engine/markdown.ts";
import { REQUIREMENT_ID } from "../../../src/spec-engine/templates.ts";

describe("docs/limits.md documents the document limits", () => {
  // Pinned here, not read from the code: loosening a limit must fail until the documentation says so.
  it("as the code has them", () => {
    expect([FRONTMATTER_SOURCE_MAX, FRONTMATTER_MAX, JSON_MAX_DEPTH, UNIQUE_ITEMS_MAX]).toEqual([
      65_536, 16_384, 64, 128,
    ]);
    const doc = readFileSync("docs/limits.md", "utf8");
    for (const text of [
      "at most 65,536 characters of YAML; no aliases",
      "16 KiB serialized, nesting at most 64 levels",
      "nesting at most 64 levels (the schema checks recurse)",
      "at most 128 items",
    ]) {
      expect(doc).toContain(text);
    }
  });
});

const brief = (frontmatter: string) =>
  validateArtifact("analysis", "project-brief.md", `---\n${frontmatter}\n---\n\n# Brief\n`);
const frontmatterFinding = async (frontmatter: string) => {
  const v = await brief(frontmatter);
  return { message: v.findings.find((f) => f.ruleId === "frontmatter-invalid")?.message, stored: v.frontmatter };
};

describe("YAML frontmatter", () => {
  it("is kept when it is an ordinary mapping", async () => {
    expect(await frontmatterFinding("title: Brief\nproject: P\ntags: [a, b]")).toEqual({
      message: undefined,
      stored: { title: "Brief", project: "P", tags: ["a", "b"] },
    });
  });

  it("refuses aliases: 1.2 KiB of nested aliases once stored 2 MB of JSON", async () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++)
      bomb.push(
        `${"abcdefgh"[i]}: &${"abcdefgh"[i]} [${Array(10)
          .fill(`*${"abcdefgh"[i - 1]}`)
          .join(", ")}]`,
      );
    const r = await frontmatterFinding(bomb.join("\n"));
    expect(r.message).toMatch(/not valid YAML: .*alias/);
    expect(r.stored).toEqual({});
    expect((await frontmatterFinding("a: &x 1\nb: *x")).message).toMatch(/alias/);
  });

  it("refuses __proto__, constructor and prototype keys at any depth, as JSON bodies are", async () => {
    expect((await frontmatterFinding("__proto__: {polluted: true}")).message).toBe(
      'the frontmatter key "__proto__" is not allowed',
    );
    expect((await frontmatterFinding("a:\n  b:\n    constructor: 1")).message).toBe(
      'the frontmatter key "a.b.constructor" is not allowed',
    );
    expect((await frontmatterFinding("list:\n  - prototype: 1")).message).toBe(
      'the frontmatter key "list.0.prototype" is not allowed',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses nesting deeper than 64 levels and more than 16 KiB serialized", async () => {
    expect((await frontmatterFinding(`a: ${"[".repeat(64)}${"]".repeat(64)}`)).message).toMatch(
      /maxDepth \(64\)|deeper than 64 levels/,
    );
    expect((await frontmatterFinding(`a: ${"[".repeat(62)}${"]".repeat(62)}`)).message).toBeUndefined();
    expect((await frontmatterFinding(`t: ${"x".repeat(16 * 1024)}`)).message).toBe(
      "the frontmatter must be at most 16384 bytes serialized",
    );
    expect((await frontmatterFinding(`t: ${"x".repeat(16 * 1024 - 20)}`)).message).toBeUndefined();
  });

  it(`refuses more than ${FRONTMATTER_SOURCE_MAX} characters of YAML before parsing it`, async () => {
    const comments = "# a comment\n".repeat(Math.ceil(FRONTMATTER_SOURCE_MAX / 12));
    expect((await frontmatterFinding(`${comments}title: x`)).message).toBe(
      `the frontmatter is longer than ${FRONTMATTER_SOURCE_MAX} characters`,
    );
    expect(FRONTMATTER_SOURCE_MAX).toBe(65_536);
  });
});

const openapi30 = (extra: string) => `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},${extra}}`;

describe("JSON documents", () => {
  it("nested deeper than 64 levels get a json-invalid finding instead of overflowing the schema check", async () => {
    const deep = openapi30(
      `"components":{"schemas":{"S":${'{"properties":{"a":'.repeat(20_000)}{}${"}}".repeat(20_000)}}}`,
    );
    const v = await validateArtifact("spec", "api-spec.json", deep);
    expect(v.status).toBe("fail");
    expect(v.findings).toEqual([
      expect.objectContaining({ ruleId: "json-invalid", message: expect.stringMatching(/deeper than 64 levels/) }),
    ]);
  });

  it("may name a property constructor (documents are not merged; only their depth is checked)", async () => {
    const doc = openapi30(
      `"components":{"schemas":{"S":{"type":"object","properties":{"constructor":{"type":"string"}}}}}`,
    );
    const v = await validateArtifact("spec", "api-spec.json", doc);
    expect(v.findings.filter((f) => f.ruleId === "json-invalid" || f.ruleId === "openapi")).toEqual([]);
  });

  it("arrays the schema wants unique hold at most 128 items; up to that, duplicates are still found", async () => {
    const tags = (n: number, name = (i: number) => `t${i}`) =>
      openapi30(`"tags":[${Array.from({ length: n }, (_, i) => `{"name":"${name(i)}"}`).join(",")}]`);
    const messages = async (doc: string) =>
      (await validateArtifact("spec", "api-spec.json", doc)).findings.map((f) => `${f.location.pointer} ${f.message}`);
    expect(await messages(tags(128))).toEqual([]);
    expect(await messages(tags(129))).toEqual([expect.stringMatching(/^\/tags .*too many items|^\/tags .*129 > 128/i)]);
    expect(await messages(tags(3, () => "same"))).toEqual([expect.stringMatching(/^\/tags Duplicate items/)]);
  });
});

// The regexes the scanners replace: right, but they backtrack quadratically on long lines.
const OLD_ATX = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$/;
const oldAtx = (line: string) => {
  const h = OLD_ATX.exec(line);
  return h?.[1] && h[2] !== undefined ? { level: h[1].length, text: h[2].trim() } : undefined;
};
const oldTitles = (lines: string[]) => {
  const anchored = new RegExp(`^(?:\\*\\*|__|\`)?(${REQUIREMENT_ID.source})(?:\\*\\*|__|\`)?\\s*[:.\\-–—]?\\s*(.*)$`);
  return lines.flatMap((line) => {
    const p = /^\s{0,3}(?:(#{1,6})\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/.exec(line);
    const m = p && anchored.exec(line.slice(p[0].length));
    return m?.[1] ? [{ id: m[1], title: (m[2] ?? "").replace(/[*_`]/g, "").trim() }] : [];
  });
};

// Lines from the characters that matter to the patterns, line separators and markup included.
const line = fc
  .array(fc.constantFrom("#", "##", " ", "\t", "a", "x", "\r", "\u2028", "`", "*", ":", "-", "—", "REQ-AB-001", "1."), {
    maxLength: 14,
  })
  .map((parts) => parts.join(""));

describe("the linear scanners find what the regexes found", () => {
  it("ATX headings: level and text", () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(atxHeading(l)).toEqual(oldAtx(l));
      }),
      { numRuns: 20_000 },
    );
  });

  it("id blocks: id and title", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        // A line ending in CR would lose it to the CRLF split; a lone CR stays inside its line.
        const ls = lines.filter((l) => !l.endsWith("\r"));
        const doc = parseMarkdown(ls.join("\n"));
        const found = idBlocks(doc, REQUIREMENT_ID).map((b) => ({ id: b.id, title: b.title }));
        expect(found).toEqual(oldTitles(ls.filter((_, i) => i >= doc.bodyStart && !doc.inCode[i])));
      }),
      { numRuns: 3000 },
    );
  });

  it("placeholders: the same `[insert …]` or `lorem ipsum`", async () => {
    const OLD = /lorem ipsum|\[(?:insert|fill in|placeholder)\b[^\]]*\]/i;
    const parts = fc.constantFrom("[insert", "[Fill in", "[placeholder", " x", "]", "[", "lorem ipsum", "Lorem Ipsum");
    const body = fc.array(
      fc.array(parts, { maxLength: 8 }).map((p) => p.join("")),
      { maxLength: 5 },
    );
    await fc.assert(
      fc.asyncProperty(body, async (lines) => {
        const content = `---\ntitle: t\n---\n\n${lines.join("\n")}\n`;
        const found = (await validateArtifact("analysis", "project-brief.md", content)).findings
          .filter((f) => f.ruleId === "placeholder")
          .map((f) => f.message);
        const expected = lines.flatMap((l) => {
          const m = OLD.exec(l);
          return m ? [`unfinished placeholder "${m[0]}"`] : [];
        });
        expect(found).toEqual(expected.slice(0, 10));
      }),
      { numRuns: 1000 },
    );
  });
});
