// The structure of a Markdown document the rules need: YAML frontmatter (parsed with `yaml`), ATX headings
// (`## Title`) outside fenced code, and the blocks that start with an id (requirements, tasks, epics).
// js-yaml rather than `yaml`: the same YAML 1.2 core schema at 13 KiB gzip instead of 30 (worker bundle budget).
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";

export interface Heading {
  level: number;
  text: string;
  /** 1-based line in the whole document. */
  line: number;
}

export interface ParsedMarkdown {
  /** Lines of the whole document (frontmatter included), for 1-based line numbers. */
  lines: string[];
  /** Index in `lines` of the first body line (after the frontmatter). */
  bodyStart: number;
  frontmatter:
    | { kind: "none" }
    | { kind: "invalid"; message: string; line: number }
    | { kind: "ok"; data: Record<string, unknown> };
  headings: Heading[];
  /** For each line: true inside a fenced code block (``` or ~~~). */
  inCode: boolean[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$/;

export function parseMarkdown(content: string): ParsedMarkdown {
  const lines = content.split(/\r?\n/);
  let bodyStart = 0;
  let frontmatter: ParsedMarkdown["frontmatter"] = { kind: "none" };
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
    if (end === -1) {
      frontmatter = { kind: "invalid", message: "the frontmatter has no closing `---` line", line: 1 };
    } else {
      bodyStart = end + 1;
      frontmatter = parseFrontmatter(lines.slice(1, end).join("\n"));
    }
  }
  const inCode: boolean[] = new Array(lines.length).fill(false);
  const headings: Heading[] = [];
  let fence: string | undefined;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const f = FENCE.exec(line);
    if (fence !== undefined) {
      inCode[i] = true;
      if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (f?.[1]) {
      fence = f[1];
      inCode[i] = true;
      continue;
    }
    const h = ATX.exec(line);
    if (h?.[1] && h[2] !== undefined) headings.push({ level: h[1].length, text: h[2].trim(), line: i + 1 });
  }
  return { lines, bodyStart, frontmatter, headings, inCode };
}

function parseFrontmatter(source: string): ParsedMarkdown["frontmatter"] {
  // js-yaml refuses an empty document; empty frontmatter is an empty mapping.
  if (source.trim() === "") return { kind: "ok", data: {} };
  try {
    // Core schema: no custom tags, no code, no Date objects. Few aliases: the frontmatter is stored as JSON, where
    // an alias is copied, so unbounded aliases could expand exponentially.
    const data: unknown = load(source, { schema: CORE_SCHEMA, maxAliases: 20 });
    if (data === null || data === undefined) return { kind: "ok", data: {} };
    if (typeof data !== "object" || Array.isArray(data)) {
      return { kind: "invalid", message: "the frontmatter is not a mapping of keys to values", line: 2 };
    }
    return { kind: "ok", data: data as Record<string, unknown> };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    // mark.line is 0-based within the frontmatter, which starts on line 2 of the document.
    return {
      kind: "invalid",
      message: `the frontmatter is not valid YAML: ${e.reason}`,
      line: (e.mark?.line ?? 0) + 2,
    };
  }
}

/** Heading text compared loosely: case, surrounding markup and trailing colon ignored. */
export function normalizeTitle(text: string): string {
  return text.replace(/[*_`]/g, "").replace(/:$/, "").trim().toLowerCase();
}

/** The lines (0-based [start, end)) of the section under heading `h`: up to the next heading of level <= h.level. */
export function sectionRange(doc: ParsedMarkdown, h: Heading): { start: number; end: number } {
  const next = headingAfter(doc, h.line, h.level);
  return { start: h.line, end: next ? next.line - 1 : doc.lines.length };
}

/**
 * The first heading below 1-based `line` whose level is <= `maxLevel`. Binary search to the line, then a scan
 * that stops at the first match: linear over a document's blocks, not quadratic (512 KiB documents).
 */
export function headingAfter(doc: ParsedMarkdown, line: number, maxLevel: number): Heading | undefined {
  const hs = doc.headings;
  let lo = 0;
  let hi = hs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hs[mid]?.line ?? 0) <= line) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < hs.length; k++) {
    const h = hs[k];
    if (h && h.level <= maxLevel) return h;
  }
  return undefined;
}

export interface IdBlock {
  id: string;
  /** Text after the id on its line (the title). */
  title: string;
  /** 1-based line of the definition. */
  line: number;
  /** The block's text: its line and the following ones up to the next block or heading of level <= its own. */
  text: string;
}

const ITEM_PREFIX = /^\s{0,3}(?:(#{1,6})\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/;

/**
 * Blocks that start with an id matching `idPattern` at a heading or list item (`### REQ-AUTH-001: ...`,
 * `- [ ] **TASK-003** ...`). A block ends at the next block, or at a heading of its level or higher.
 */
export function idBlocks(doc: ParsedMarkdown, idPattern: RegExp): IdBlock[] {
  const starts: { id: string; title: string; index: number; level: number }[] = [];
  const anchored = new RegExp(`^(?:\\*\\*|__|\`)?(${idPattern.source})(?:\\*\\*|__|\`)?\\s*[:.\\-–—]?\\s*(.*)$`);
  for (let i = doc.bodyStart; i < doc.lines.length; i++) {
    if (doc.inCode[i]) continue;
    const line = doc.lines[i] ?? "";
    const p = ITEM_PREFIX.exec(line);
    if (!p) continue;
    const m = anchored.exec(line.slice(p[0].length));
    if (!m?.[1]) continue;
    // Headings end at a heading of their level; list items at any heading (level 7 = below all).
    starts.push({ id: m[1], title: (m[2] ?? "").replace(/[*_`]/g, "").trim(), index: i, level: p[1]?.length ?? 7 });
  }
  return starts.map((s, k) => {
    const nextStart = starts[k + 1]?.index ?? doc.lines.length;
    const nextHeading = headingAfter(doc, s.index + 1, s.level);
    const end = Math.min(nextStart, nextHeading ? nextHeading.line - 1 : doc.lines.length);
    return { id: s.id, title: s.title, line: s.index + 1, text: doc.lines.slice(s.index, end).join("\n") };
  });
}
