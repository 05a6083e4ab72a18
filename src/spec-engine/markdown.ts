// The structure of a Markdown document the rules need: YAML frontmatter (parsed with `yaml`), ATX headings
// (`## Title`) outside fenced code, and the blocks that start with an id (requirements, tasks, epics).
// js-yaml rather than `yaml`: the same YAML 1.2 core schema at 13 KiB gzip instead of 30 (worker bundle budget).
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { JSON_MAX_DEPTH, jsonObjectProblem } from "../platform/lib/json-problem";

/** A version's frontmatter, serialized as JSON (UTF-8), whether parsed from the document or sent with it. */
export const FRONTMATTER_MAX = 16 * 1024;
/**
 * The YAML source of a frontmatter block, in characters: room for comments and layout around FRONTMATTER_MAX of
 * data, and a bound on what the YAML parser is given (it costs ~0.3 ms a KiB on hostile shapes).
 */
export const FRONTMATTER_SOURCE_MAX = 4 * FRONTMATTER_MAX;

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
// Only the opening of an ATX heading is a regex; the closing `#`s are cut in code (atxHeading). The one-regex form
// `(.*?)(?:\s+#+\s*)?$` backtracks quadratically on a long run of spaces (seconds for one 64 KiB line).
const ATX_OPEN = /^\s{0,3}(#{1,6})(\s+)/;
/** What `.` does not match: a line holding one of these after the heading's text is not a heading. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const CLOSING_ONLY = /^#+\s*$/;
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** An ATX heading's level and text, or undefined; one pass over the line. */
export function atxHeading(line: string): { level: number; text: string } | undefined {
  const open = ATX_OPEN.exec(line);
  if (!open?.[1]) return undefined;
  const rest = line.slice(open[0].length);
  // The text ends before an optional closing sequence: whitespace, `#`s, trailing whitespace.
  let end = rest.length;
  while (end > 0 && isSpace(rest[end - 1])) end--;
  let hashes = end;
  while (hashes > 0 && rest[hashes - 1] === "#") hashes--;
  let textEnd = rest.length;
  if (hashes < end && hashes > 0 && isSpace(rest[hashes - 1])) {
    textEnd = hashes;
    while (textEnd > 0 && isSpace(rest[textEnd - 1])) textEnd--;
  }
  const text = rest.slice(0, textEnd);
  if (LINE_BREAK.test(text)) {
    // The one-regex form then gave back all but one of the opening's whitespace to a closing sequence: `# \t#\r`
    // is an empty heading (`#\t#\r` none).
    const gives = (open[2]?.length ?? 0) > 1;
    return gives && CLOSING_ONLY.test(rest) ? { level: open[1].length, text: "" } : undefined;
  }
  return { level: open[1].length, text: text.trim() };
}

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
    const h = atxHeading(line);
    if (h) headings.push({ ...h, line: i + 1 });
  }
  return { lines, bodyStart, frontmatter, headings, inCode };
}

function parseFrontmatter(source: string): ParsedMarkdown["frontmatter"] {
  // js-yaml refuses an empty document; empty frontmatter is an empty mapping.
  if (source.trim() === "") return { kind: "ok", data: {} };
  if (source.length > FRONTMATTER_SOURCE_MAX) {
    return { kind: "invalid", message: `the frontmatter is longer than ${FRONTMATTER_SOURCE_MAX} characters`, line: 2 };
  }
  let data: unknown;
  try {
    // Core schema: no custom tags, no code, no Date objects. No aliases: the frontmatter is stored as JSON, where
    // an alias is copied, so even a few nested ones expand exponentially (1.2 KiB of YAML to 2 MB of JSON).
    data = load(source, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth: JSON_MAX_DEPTH });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    // mark.line is 0-based within the frontmatter, which starts on line 2 of the document.
    return {
      kind: "invalid",
      message: `the frontmatter is not valid YAML: ${e.reason}`,
      line: (e.mark?.line ?? 0) + 2,
    };
  }
  if (data === null || data === undefined) return { kind: "ok", data: {} };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { kind: "invalid", message: "the frontmatter is not a mapping of keys to values", line: 2 };
  }
  // Stored as jsonb: the same checks as a frontmatter object sent as JSON (src/artifacts/routes.ts).
  const problem = jsonObjectProblem(data, FRONTMATTER_MAX);
  if (problem) return { kind: "invalid", message: `the frontmatter ${problem}`, line: 2 };
  return { kind: "ok", data: data as Record<string, unknown> };
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
function headingAfter(doc: ParsedMarkdown, line: number, maxLevel: number): Heading | undefined {
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

const TITLE_SEPARATOR = /^\s*[:.\-–—]?\s*/;
const ITEM_PREFIX = /^\s{0,3}(?:(#{1,6})\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/;

/**
 * Blocks that start with an id matching `idPattern` at a heading or list item (`### REQ-AUTH-001: ...`,
 * `- [ ] **TASK-003** ...`). A block ends at the next block, or at a heading of its level or higher.
 */
export function idBlocks(doc: ParsedMarkdown, idPattern: RegExp): IdBlock[] {
  const starts: { id: string; title: string; index: number; level: number }[] = [];
  // The id, then its title after an optional separator. The title is cut in code, not by `\s*…\s*(.*)$`, which
  // backtracks over a long run of spaces when the line holds a line separator.
  const anchored = new RegExp(`^(?:\\*\\*|__|\`)?(${idPattern.source})(?:\\*\\*|__|\`)?`);
  for (let i = doc.bodyStart; i < doc.lines.length; i++) {
    if (doc.inCode[i]) continue;
    const line = doc.lines[i] ?? "";
    const p = ITEM_PREFIX.exec(line);
    if (!p) continue;
    const item = line.slice(p[0].length);
    const m = anchored.exec(item);
    if (!m?.[1]) continue;
    const title = item.slice(m[0].length).replace(TITLE_SEPARATOR, "");
    if (LINE_BREAK.test(title)) continue;
    // Headings end at a heading of their level; list items at any heading (level 7 = below all).
    starts.push({ id: m[1], title: title.replace(/[*_`]/g, "").trim(), index: i, level: p[1]?.length ?? 7 });
  }
  return starts.map((s, k) => {
    const nextStart = starts[k + 1]?.index ?? doc.lines.length;
    const nextHeading = headingAfter(doc, s.index + 1, s.level);
    const end = Math.min(nextStart, nextHeading ? nextHeading.line - 1 : doc.lines.length);
    return { id: s.id, title: s.title, line: s.index + 1, text: doc.lines.slice(s.index, end).join("\n") };
  });
}
