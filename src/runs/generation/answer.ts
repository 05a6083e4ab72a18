// The document inside a model's answer. Models without a response format (or ignoring it) often
// put a sentence before the document, wrap it in one ``` fence, or add a sentence after it; JSON may
// come with a comment or a trailing comma. What is taken here is what our own validation then checks.

const FENCE_OPEN = /^```[ \t]*([\w-]*)[ \t]*$/;
const FENCE_CLOSE = /^```[ \t]*$/;

/** The lines between the first opening fence and the last closing one, if the answer has such a pair. */
function outerFence(lines: string[]): { lang: string; start: number; end: number } | undefined {
  const start = lines.findIndex((l) => FENCE_OPEN.test(l));
  if (start < 0) return undefined;
  let end = -1;
  for (let i = lines.length - 1; i > start; i--) {
    if (FENCE_CLOSE.test(lines[i] ?? "")) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  return { lang: (FENCE_OPEN.exec(lines[start] ?? "")?.[1] ?? "").toLowerCase(), start, end };
}

/** A Markdown document: from its fence, or from its first frontmatter or heading line. */
export function extractMarkdown(answer: string): string {
  const lines = answer.split("\n");
  const fence = outerFence(lines);
  if (fence && ["markdown", "md", ""].includes(fence.lang)) {
    const before = lines.slice(0, fence.start);
    const inner = lines.slice(fence.start + 1, fence.end);
    // The fence wraps the document (not a code block inside it): nothing document-like before it.
    if (!before.some((l) => /^(---|#{1,6} )/.test(l)) && /^(---|#)/.test(inner.find((l) => l.trim()) ?? "")) {
      return `${inner.join("\n").trimEnd()}\n`;
    }
  }
  const first = lines.findIndex((l) => /^(---\s*$|#{1,6} )/.test(l));
  return first > 0 ? lines.slice(first).join("\n") : answer;
}

/** `text` without // and /* *\/ comments and trailing commas outside strings. */
export function relaxedJson(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? text.length : close + 1;
    } else if (c === "," && /^\s*[}\]]/.test(text.slice(i + 1))) {
      // a trailing comma: dropped
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * The JSON value of an answer: as is, else from its ```json fence, else from the first `{` to the
 * last `}`, each also read with comments and trailing commas removed. Undefined when none parses.
 */
export function extractJson(answer: string): unknown {
  const candidates = [answer.trim()];
  const lines = answer.split("\n");
  const fence = outerFence(lines);
  if (fence) candidates.push(lines.slice(fence.start + 1, fence.end).join("\n"));
  const open = answer.indexOf("{");
  const close = answer.lastIndexOf("}");
  if (open >= 0 && close > open) candidates.push(answer.slice(open, close + 1));
  for (const c of candidates) {
    for (const text of [c, relaxedJson(c)]) {
      try {
        return JSON.parse(text);
      } catch {
        // next candidate
      }
    }
  }
  return undefined;
}

const HEADING = /^(#{1,6})[ \t]+(?:\d+[.)][ \t]*)?(.+?)[ \t]*#*[ \t]*$/;
const key = (title: string) => title.trim().toLowerCase();

/**
 * Section headings as the template names them: a required section found numbered ("## 1. Overview")
 * or at another level ("### Overview") becomes "## Overview", the headings below it shifted by as
 * much. Headings that name no required section keep their level unless the whole outline moved.
 */
export function normalizeHeadings(doc: string, sections: string[]): string {
  if (sections.length === 0) return doc;
  const wanted = new Map(sections.map((s) => [key(s), s]));
  const lines = doc.split("\n");
  let inFence = false;
  const headings: { i: number; level: number; title: string }[] = [];
  lines.forEach((l, i) => {
    if (/^```/.test(l)) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(l);
    if (m?.[1] && m[2]) headings.push({ i, level: m[1].length, title: m[2] });
  });
  const levels = headings.filter((h) => wanted.has(key(h.title))).map((h) => h.level);
  // The level most required sections sit at: the outline's shift from level 2.
  const counts = new Map<number, number>();
  for (const l of levels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const at = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 2;
  const shift = at - 2;
  for (const h of headings) {
    const name = wanted.get(key(h.title));
    if (name) lines[h.i] = `## ${name}`;
    else if (shift !== 0 && h.level >= at) lines[h.i] = `${"#".repeat(Math.max(1, h.level - shift))} ${h.title}`;
  }
  return lines.join("\n");
}
