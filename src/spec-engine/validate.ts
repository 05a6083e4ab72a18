// Validation of one artifact version, as the server runs it on write: classify (template or extra file), parse,
// run the template's rules, compute status and score. Pure and deterministic.
import { jsonProblem } from "../platform/lib/json-problem";
import { parseMarkdown } from "./markdown";
import { artifactScore, statusOf } from "./quality";
import { finding } from "./rules";
import { classifyArtifact } from "./templates";
import type { Finding, Phase, ValidationResult } from "./types";
import { checkJson } from "./validate-json";
import { checkMarkdown } from "./validate-markdown";

/** Async only because the purl checks load their parser on first use (src/spec-engine/validate-json.ts). */
export async function validateArtifact(phase: Phase, name: string, content: string): Promise<ValidationResult> {
  const kind = classifyArtifact(phase, name);
  let findings: Finding[] = [];
  let frontmatter: Record<string, unknown> = {};
  if (kind.kind === "extra") {
    // Extra files are kept as-is; a .json one must at least parse, a .md one's frontmatter is kept if valid.
    if (name.toLowerCase().endsWith(".json")) findings = parseJson(content, phase, name).findings;
    else if (name.toLowerCase().endsWith(".md")) {
      const fm = parseMarkdown(content).frontmatter;
      if (fm.kind === "ok") frontmatter = fm.data;
    }
  } else if (kind.template.format === "markdown") {
    const doc = parseMarkdown(content);
    if (doc.frontmatter.kind === "ok") frontmatter = doc.frontmatter.data;
    findings = checkMarkdown(doc, kind.template);
  } else {
    const parsed = parseJson(content, phase, name);
    findings = parsed.ok ? await checkJson(parsed.value, kind.template) : parsed.findings;
  }
  return {
    status: statusOf(findings),
    findings,
    qualityScore: artifactScore(findings),
    frontmatter,
    extra: kind.kind === "extra",
  };
}

type Parsed = { ok: true; value: unknown; findings: [] } | { ok: false; findings: Finding[] };

function parseJson(content: string, phase: Phase, artifact: string): Parsed {
  try {
    const value: unknown = JSON.parse(content);
    // The schema checks recurse: hostile nesting would overflow the stack (an error, not a finding).
    const deep = jsonProblem(value, { keys: false });
    if (deep) return { ok: false, findings: [finding("json-invalid", `the document: ${deep}`, { phase, artifact })] };
    return { ok: true, value, findings: [] };
  } catch (e) {
    return {
      ok: false,
      findings: [finding("json-invalid", `not valid JSON: ${(e as Error).message}`, { phase, artifact })],
    };
  }
}
