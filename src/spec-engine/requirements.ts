// PRD.md's requirements as records, and change-request deltas applied to a PRD's text. A requirement is a block that
// starts with a `REQ-…` id (`### REQ-AUTH-001: Title`, the blocks matrixFacts reads: the first definition of an id
// wins): its title, its body, and its acceptance (the text from the first `Acceptance:` on, the PRD template's
// "Acceptance: …" sentence). Applying deltas rewrites only the sections they name, so that parsing the result gives
// back the deltas' text (test/node/spec-engine/requirements.test.ts). Both are linear in the document.
import { sha256Hex } from "../platform/lib/hash";
import { idBlocks, type ParsedMarkdown, parseMarkdown } from "./markdown";
import { REQUIREMENT_ID } from "./templates";

export interface RequirementText {
  reqId: string;
  title: string;
  /** The text after the title line, up to `Acceptance:` (trimmed). */
  body: string;
  /** The text after the first `Acceptance:` (trimmed); empty when the requirement states none. */
  acceptance: string;
}

export interface ParsedRequirement extends RequirementText {
  /** SHA-256 (hex) of requirementHashInput: equal text, equal hash (a PRD version that keeps it records nothing). */
  contentHash: string;
}

export type RequirementDelta =
  | ({ kind: "added" } & RequirementText)
  | ({ kind: "modified"; baseRevision: number } & RequirementText)
  | { kind: "removed"; reqId: string; baseRevision: number; reason: string };

const ACCEPTANCE = "Acceptance:";

/**
 * What the content hash is taken of: title, body and acceptance joined by U+001F (a control character no sane
 * requirement holds). The migration's backfill hashes the same string in SQL (drizzle/0012_living_specs.sql).
 */
export const requirementHashInput = (r: RequirementText) => `${r.title}\u001f${r.body}\u001f${r.acceptance}`;

/** Title, body and acceptance of each requirement block (first definition of an id), in document order. */
function requirementBlocks(doc: ParsedMarkdown) {
  const seen = new Set<string>();
  const out: (RequirementText & { start: number; end: number })[] = [];
  for (const b of idBlocks(doc, REQUIREMENT_ID)) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    const lines = b.text.split("\n");
    const rest = lines.slice(1).join("\n");
    const at = rest.indexOf(ACCEPTANCE);
    out.push({
      reqId: b.id,
      title: b.title,
      body: (at < 0 ? rest : rest.slice(0, at)).trim(),
      acceptance: at < 0 ? "" : rest.slice(at + ACCEPTANCE.length).trim(),
      start: b.line - 1,
      end: b.line - 1 + lines.length,
    });
  }
  return out;
}

/** The requirements PRD.md defines, without hashes (what the hash is computed from). */
export function requirementTexts(content: string): RequirementText[] {
  return requirementBlocks(parseMarkdown(content)).map(({ reqId, title, body, acceptance }) => ({
    reqId,
    title,
    body,
    acceptance,
  }));
}

export const requirementHash = (r: RequirementText) => sha256Hex(requirementHashInput(r));

/** The requirements PRD.md defines, with their content hashes. */
export async function parseRequirements(content: string): Promise<ParsedRequirement[]> {
  return Promise.all(requirementTexts(content).map(async (r) => ({ ...r, contentHash: await requirementHash(r) })));
}

/** A requirement's section as applying a delta writes it: the heading, a blank line, body and acceptance. */
export function renderRequirement(r: RequirementText, heading = "### "): string[] {
  const text = [r.body, r.acceptance ? `${ACCEPTANCE} ${r.acceptance}` : ""].filter(Boolean).join(" ");
  return text ? [`${heading}${r.reqId}: ${r.title}`, "", text, ""] : [`${heading}${r.reqId}: ${r.title}`, ""];
}

/**
 * Why the text of an ADDED or MODIFIED delta would not read back as itself once written into a PRD (a line
 * break in the title, a heading in the body, `Acceptance:` in the body...), or undefined when it would.
 */
export function deltaTextProblem(r: RequirementText): string | undefined {
  const back = requirementTexts(renderRequirement(r).join("\n"));
  const got = back[0];
  if (back.length !== 1 || !got || got.reqId !== r.reqId) return "the text would define other requirements";
  for (const k of ["title", "body", "acceptance"] as const) {
    if (got[k] !== r[k])
      return `the ${k} would read back differently (trimmed, single-line title without *, _ or \`, no "${ACCEPTANCE}" or headings in the body)`;
  }
  return undefined;
}

/**
 * The PRD with `deltas` applied: a MODIFIED section replaced (keeping its heading's level), a REMOVED one taken
 * out, ADDED ones appended to the Requirements section (before the heading that ends it; at the end of the
 * document without one). One pass over the lines. Deltas on ids the PRD does not define (MODIFIED, REMOVED) or
 * already defines (ADDED) are the caller's to refuse; here they change nothing, resp. are appended again.
 */
export function applyDeltas(prd: string, deltas: readonly RequirementDelta[]): string {
  const doc = parseMarkdown(prd);
  const byId = new Map(deltas.map((d) => [d.reqId, d]));
  const added = deltas.flatMap((d) => (d.kind === "added" ? [renderRequirement(d)] : []));
  const insertAt = requirementsSectionEnd(doc);
  const replaced = new Map<number, { end: number; lines: string[] }>();
  for (const b of requirementBlocks(doc)) {
    const d = byId.get(b.reqId);
    if (!d || d.kind === "added") continue;
    const first = doc.lines[b.start] ?? "";
    const heading = first.slice(0, first.indexOf(b.reqId));
    replaced.set(b.start, { end: b.end, lines: d.kind === "removed" ? [] : renderRequirement(d, heading) });
  }
  const out: string[] = [];
  let appended = false;
  const appendAdded = () => {
    if (appended || added.length === 0) return;
    appended = true;
    if (out.length > 0 && out[out.length - 1] !== "") out.push("");
    for (const section of added) out.push(...section);
  };
  for (let i = 0; i < doc.lines.length; ) {
    if (i >= insertAt) appendAdded();
    const r = replaced.get(i);
    if (r) {
      out.push(...r.lines);
      i = r.end;
    } else out.push(doc.lines[i++] ?? "");
  }
  appendAdded();
  return out.join("\n");
}

/** The 0-based line where the Requirements section (a `Requirements` heading) ends; the document's end without one. */
function requirementsSectionEnd(doc: ParsedMarkdown): number {
  const hs = doc.headings;
  const k = hs.findIndex((h) => h.text.trim().toLowerCase() === "requirements");
  const h = hs[k];
  if (!h) return doc.lines.length;
  for (let j = k + 1; j < hs.length; j++) {
    const next = hs[j];
    if (next && next.level <= h.level) return next.line - 1;
  }
  return doc.lines.length;
}
