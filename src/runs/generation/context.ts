// The earlier phases' artifacts a prompt carries, cut to a token budget. Deterministic: the same
// documents and budget always give the same context. Later phases are closer to the artifact being
// written, so they are kept first; a document that does not fit whole is cut at a line boundary
// (with a marker saying so) when enough budget is left to be useful, else left out by name.
import { estimateTokens } from "./contract";

export interface ContextDoc {
  phase: string;
  name: string;
  content: string;
}

export interface TrimmedContext {
  /** Kept documents, in the order given (phase order), some cut short. */
  docs: ContextDoc[];
  /** Names of the documents left out entirely. */
  omitted: string[];
  tokens: number;
}

/** A cut that leaves fewer tokens than this is not worth sending: the document is left out instead. */
export const MIN_PARTIAL_TOKENS = 64;

const header = (d: ContextDoc) => `### ${d.phase}/${d.name}\n`;
export const TRIM_MARKER = "\n[... trimmed to fit the context budget]";

/** The cost of a document as it appears in the prompt (see renderContext). */
export function docTokens(d: ContextDoc): number {
  return estimateTokens(`${header(d)}${d.content}\n`);
}

/** Cuts `content` to whole lines so that the document, marker included, fits `budget` tokens. */
function cut(d: ContextDoc, budget: number): ContextDoc | undefined {
  const room = budget * 4 - header(d).length - TRIM_MARKER.length - 1;
  if (room <= 0) return undefined;
  const slice = d.content.slice(0, room);
  const lastBreak = slice.lastIndexOf("\n");
  const kept = lastBreak > 0 ? slice.slice(0, lastBreak) : slice;
  return kept ? { ...d, content: `${kept}${TRIM_MARKER}` } : undefined;
}

/** `docs` in phase order (earliest first); `budget` in tokens (estimateTokens). */
export function trimContext(docs: ContextDoc[], budget: number): TrimmedContext {
  const kept = new Map<number, ContextDoc>();
  let left = budget;
  // Latest phase first; within a phase, the order given.
  for (const { d, i } of stableByPhase(docs.map((d, i) => ({ d, i })).reverse())) {
    const cost = docTokens(d);
    if (cost <= left) {
      kept.set(i, d);
      left -= cost;
    } else if (left >= MIN_PARTIAL_TOKENS) {
      const partial = cut(d, left);
      if (partial) {
        kept.set(i, partial);
        left -= docTokens(partial);
      }
    }
  }
  const out = docs.flatMap((_, i) => kept.get(i) ?? []);
  return {
    docs: out,
    omitted: docs.filter((_, i) => !kept.has(i)).map((d) => `${d.phase}/${d.name}`),
    tokens: budget - left,
  };
}

// Groups by phase, latest phase first (phases as they first appear from the end), keeping each
// phase's documents in their given order.
function stableByPhase(items: { d: ContextDoc; i: number }[]): { d: ContextDoc; i: number }[] {
  const phases: string[] = [];
  for (const { d } of items) if (!phases.includes(d.phase)) phases.push(d.phase);
  return phases.flatMap((p) => items.filter(({ d }) => d.phase === p).sort((a, b) => a.i - b.i));
}

/** The context as the prompt shows it. */
export function renderContext(t: TrimmedContext): string {
  const body = t.docs.map((d) => `${header(d)}${d.content}\n`).join("\n");
  const omitted = t.omitted.length ? `\n(Left out for length: ${t.omitted.join(", ")}.)\n` : "";
  return (body || "(none yet)\n") + omitted;
}
