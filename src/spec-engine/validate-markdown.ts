// Rules on one Markdown document: frontmatter, required sections, placeholders, and the id blocks of
// PRD.md (requirements), tasks.md (tasks), epics.md (epics), data-model.md (entities).
import { idBlocks, normalizeTitle, type ParsedMarkdown, sectionRange } from "./markdown";
import { finding } from "./rules";
import { EPIC_ID, REQUIREMENT_ID, TASK_ID } from "./templates";
import type { Finding, FindingLocation, FrontmatterKeySpec, MarkdownArtifactTemplate } from "./types";

const MAX_PLACEHOLDERS = 10;
const MIN_CONTENT_CHARS = 400;
// Markers in capitals only, as people leave them: "a shared todo list" is a product, not a placeholder.
const PLACEHOLDER_MARKER = /\b(?:TODO|TBD|FIXME)\b/;
const LOREM = /lorem ipsum/i;
const FILLER_OPEN = /\[(?:insert|fill in|placeholder)\b/i;

/**
 * `lorem ipsum`, or `[insert …]` up to its first `]`: the leftmost, as one regex would find it. The `]` is looked
 * up once: a regex (`\[insert[^\]]*\]`) scans to the line's end from every `[insert` on a line without `]`.
 */
function filler(line: string): string | undefined {
  const lorem = LOREM.exec(line);
  const open = FILLER_OPEN.exec(line);
  const close = open ? line.indexOf("]", open.index + open[0].length) : -1;
  if (open && close !== -1 && (!lorem || open.index < lorem.index)) return line.slice(open.index, close + 1);
  return lorem?.[0];
}

export function checkMarkdown(doc: ParsedMarkdown, template: MarkdownArtifactTemplate): Finding[] {
  const at = (line?: number): FindingLocation => ({
    phase: template.phase,
    artifact: template.name,
    ...(line === undefined ? {} : { line }),
  });
  const rules = new Set<string>(template.rules);
  const out: Finding[] = [];

  const fm = doc.frontmatter;
  if (fm.kind === "none") {
    out.push(finding("frontmatter-missing", "the document does not start with YAML frontmatter (`---` lines)", at(1)));
  } else if (fm.kind === "invalid") {
    out.push(finding("frontmatter-invalid", fm.message, at(fm.line)));
  } else {
    for (const spec of template.frontmatter) {
      const problem = frontmatterProblem(spec, fm.data[spec.key]);
      if (problem) out.push(finding("frontmatter-key", `frontmatter key "${spec.key}" ${problem}`, at(1)));
    }
  }

  // Each heading's title normalized once, not once per section of the template.
  const titles = doc.headings.map((x) => normalizeTitle(x.text));
  for (const section of template.sections) {
    const wanted = normalizeTitle(section.title);
    const h = doc.headings.find((x, k) => x.level === section.level && titles[k] === wanted);
    if (!h) {
      out.push(finding("section-missing", `missing section "${"#".repeat(section.level)} ${section.title}"`, at()));
      continue;
    }
    const { start, end } = sectionRange(doc, h);
    if (!doc.lines.slice(start, end).some((l) => l.trim() !== "")) {
      out.push(finding("section-empty", `section "${section.title}" is empty`, at(h.line)));
    }
    if (section.minSubsections !== undefined) {
      const n = doc.headings.filter((x) => x.line > h.line && x.line <= end && x.level === section.level + 1).length;
      if (n < section.minSubsections) {
        out.push(
          finding(
            "subsections-min",
            `section "${section.title}" has ${n} "${"#".repeat(section.level + 1)}" sub-headings; at least ${section.minSubsections} needed`,
            at(h.line),
          ),
        );
      }
    }
  }

  let placeholders = 0;
  for (let i = doc.bodyStart; i < doc.lines.length && placeholders < MAX_PLACEHOLDERS; i++) {
    if (doc.inCode[i]) continue;
    const line = doc.lines[i] ?? "";
    const m = PLACEHOLDER_MARKER.exec(line)?.[0] ?? filler(line);
    if (m !== undefined) {
      placeholders++;
      out.push(finding("placeholder", `unfinished placeholder "${m}"`, at(i + 1)));
    }
  }

  const bodyChars = doc.lines.slice(doc.bodyStart).join("\n").trim().length;
  if (bodyChars < MIN_CONTENT_CHARS) {
    out.push(finding("too-short", `${bodyChars} characters of content; at least ${MIN_CONTENT_CHARS} expected`, at()));
  }

  if (rules.has("requirements-none") || rules.has("requirement-duplicate")) {
    const reqs = idBlocks(doc, REQUIREMENT_ID);
    if (reqs.length === 0) {
      out.push(finding("requirements-none", "no requirement is defined (e.g. `### REQ-AUTH-001: Sign up`)", at()));
    }
    out.push(...duplicates(reqs, "requirement-duplicate", at));
  }
  if (rules.has("tasks-none")) out.push(...itemChecks(doc, template, at));
  return out.filter((f) => rules.has(f.ruleId));
}

function itemChecks(
  doc: ParsedMarkdown,
  template: MarkdownArtifactTemplate,
  at: (line?: number) => FindingLocation,
): Finding[] {
  if (template.name === "data-model.md") {
    return entities(doc).length === 0
      ? [finding("tasks-none", 'no entity is defined (a "###" heading under "## Entities")', at())]
      : [];
  }
  const [pattern, what, example] =
    template.name === "epics.md" ? [EPIC_ID, "epic", "### EPIC-001: Accounts"] : [TASK_ID, "task", "### TASK-001: ..."];
  const blocks = idBlocks(doc, pattern);
  const out = duplicates(blocks, "item-duplicate", at);
  if (blocks.length === 0) out.push(finding("tasks-none", `no ${what} is defined (e.g. \`${example}\`)`, at()));
  return out;
}

function duplicates(
  blocks: { id: string; line: number }[],
  rule: "requirement-duplicate" | "item-duplicate",
  at: (line?: number) => FindingLocation,
): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  for (const b of blocks) {
    const line = first.get(b.id);
    if (line === undefined) first.set(b.id, b.line);
    else out.push(finding(rule, `${b.id} is defined again (first at line ${line})`, at(b.line)));
  }
  return out;
}

/** The entities of data-model.md: the sub-headings of its "Entities" section, with their text. */
export function entities(doc: ParsedMarkdown): { name: string; line: number; text: string }[] {
  const h = doc.headings.find((x) => x.level === 2 && normalizeTitle(x.text) === "entities");
  if (!h) return [];
  const { end } = sectionRange(doc, h);
  return doc.headings
    .filter((x) => x.line > h.line && x.line <= end && x.level === 3)
    .map((x) => {
      const r = sectionRange(doc, x);
      return {
        name: x.text.replace(/[*_`]/g, "").trim(),
        line: x.line,
        text: doc.lines.slice(x.line - 1, r.end).join("\n"),
      };
    });
}

function frontmatterProblem(spec: FrontmatterKeySpec, value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return "is missing";
  switch (spec.type) {
    case "string":
      // YAML reads `version: 1.0` as a number; a scalar is accepted where a string is asked for.
      if (typeof value !== "string" && typeof value !== "number") return "must be a string";
      if (spec.enum && !spec.enum.includes(String(value))) return `must be one of ${spec.enum.join(", ")}`;
      return undefined;
    case "number":
      return typeof value === "number" ? undefined : "must be a number";
    case "string[]":
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string")
        ? undefined
        : "must be a non-empty list of strings";
  }
}
