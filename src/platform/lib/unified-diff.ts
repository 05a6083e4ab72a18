// Unified diffs of two texts, line by line, with jsdiff (npm `diff`): Myers' algorithm, O((N+M)·D) for N and M
// lines and D edits. What it is fed is bounded so that hostile input cannot make it quadratic: each side at most
// DIFF_LINES_MAX lines and the search at most DIFF_EDIT_MAX edits (jsdiff's `maxEditLength`; its `timeout` is no
// bound in a Worker, whose clock stands still while code runs). Past either bound the answer is still a correct
// diff, made in linear time: every old line removed, every new line added, flagged `minimal: false`.
import { FILE_HEADERS_ONLY, formatPatch, type StructuredPatch, structuredPatch } from "diff";

/** Lines per side the edit search is run on. */
export const DIFF_LINES_MAX = 20_000;
/** Edits (lines removed plus lines added) the search looks for before giving up. */
export const DIFF_EDIT_MAX = 500;
/** Unchanged lines around each hunk. */
const CONTEXT = 3;
const NO_NEWLINE = "\\ No newline at end of file";

/** One side of a diff: the name shown in its `---`/`+++` header, a label after it (a version), the text. */
export interface DiffSide {
  name: string;
  label: string;
  text: string;
}

export interface UnifiedDiff {
  /** The unified diff (`---`/`+++` headers, then the hunks); only headers when the texts are equal. */
  diff: string;
  /** False when a bound was reached and the diff replaces every line instead of the fewest. */
  minimal: boolean;
}

/** Lines of `text` as diff counts them (a last line without a newline counts). Linear. */
function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return text.length > 0 && !text.endsWith("\n") ? n + 1 : n;
}

/** `text`'s lines with `mark` in front, and the marker jsdiff writes after a last line without a newline. */
function marked(text: string, mark: "-" | "+"): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  const last = lines.pop();
  const out = lines.map((l) => mark + l);
  if (last !== "") out.push(mark + last, NO_NEWLINE);
  return out;
}

/** The diff that removes every old line and adds every new one: one hunk, linear in the texts. */
function replacement(a: DiffSide, b: DiffSide): StructuredPatch {
  const removed = marked(a.text, "-");
  const added = marked(b.text, "+");
  const count = (lines: string[]) => lines.filter((l) => l !== NO_NEWLINE).length;
  const oldLines = count(removed);
  const newLines = count(added);
  return {
    oldFileName: a.name,
    newFileName: b.name,
    oldHeader: a.label,
    newHeader: b.label,
    hunks: a.text === b.text ? [] : [{ oldStart: 1, oldLines, newStart: 1, newLines, lines: [...removed, ...added] }],
  };
}

/** The unified diff from `a` to `b`: the fewest changed lines within the bounds, else every line replaced. */
export function unifiedDiff(a: DiffSide, b: DiffSide): UnifiedDiff {
  const searchable = lineCount(a.text) <= DIFF_LINES_MAX && lineCount(b.text) <= DIFF_LINES_MAX;
  const patch = searchable
    ? structuredPatch(a.name, b.name, a.text, b.text, a.label, b.label, {
        context: CONTEXT,
        maxEditLength: DIFF_EDIT_MAX,
      })
    : undefined;
  return patch
    ? { diff: formatPatch(patch, FILE_HEADERS_ONLY), minimal: true }
    : { diff: formatPatch(replacement(a, b), FILE_HEADERS_ONLY), minimal: false };
}
