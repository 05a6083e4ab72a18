// The local LLM server's realistic writer: answers the way unconstrained chat models do, seeded so a
// run replays. Each answer (a draft or a regeneration, not a continuation) draws one defect with the
// configured probability from DEFECTS; `persistent` makes an artifact's every answer draw the same one.
// Set per project: POST /control/writer {project, seed, defectRate, defects?, persistent?}.
import type { ArtifactBrief } from "../src/runs/generation/contract.ts";

export const DEFECTS = [
  /** A sentence before and after the document. */
  "prose_around",
  /** The document in one ```markdown / ```json fence. */
  "fence",
  /** Every heading one level deeper (## Overview -> ### Overview). */
  "heading_levels",
  /** Section headings numbered (## 1. Overview). */
  "numbered_headings",
  /** The first required section left out. */
  "missing_section",
  /** Requirement ids without their zero padding (REQ-CORE-1). */
  "wrong_id_format",
  /** JSON with a trailing comma. */
  "json_trailing_comma",
  /** JSON with a // comment. */
  "json_comment",
  /** Half the answer, finish_reason "length". */
  "cut_short",
] as const;
export type Defect = (typeof DEFECTS)[number];

const JSON_ONLY: Defect[] = ["json_trailing_comma", "json_comment"];
const MARKDOWN_ONLY: Defect[] = ["heading_levels", "numbered_headings", "missing_section"];

export interface WriterSettings {
  seed: number;
  /** Probability (0..1) that an answer carries a defect. */
  defectRate: number;
  /** The defects to draw from (default: every one that applies to the format). */
  defects?: Defect[];
  /** The same draw for every answer of an artifact (a defect that does not go away). */
  persistent?: boolean;
}

export function parseWriterSettings(body: unknown): WriterSettings | string {
  const b = body as Partial<WriterSettings>;
  if (!Number.isInteger(b?.seed)) return "seed must be an integer";
  if (typeof b.defectRate !== "number" || b.defectRate < 0 || b.defectRate > 1) return "defectRate must be 0..1";
  if (b.defects !== undefined && !(Array.isArray(b.defects) && b.defects.every((d) => DEFECTS.includes(d)))) {
    return `defects must be some of ${DEFECTS.join(", ")}`;
  }
  if (b.persistent !== undefined && typeof b.persistent !== "boolean") return "persistent must be a boolean";
  return b as WriterSettings;
}

/** mulberry32 over a string hash: the same (seed, artifact, answer) always draws the same. */
function random(key: string): () => number {
  let h = 1779033703;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The defect of the `answer`-th answer (0-based) for an artifact, or undefined. */
export function drawDefect(s: WriterSettings, brief: ArtifactBrief, answer: number): Defect | undefined {
  // Not keyed by the project: a seed replays whatever the project is named.
  const rand = random(`${s.seed}/${brief.artifact}/${s.persistent ? 0 : answer}`);
  if (rand() >= s.defectRate) return undefined;
  const pool = (s.defects ?? [...DEFECTS]).filter((d) =>
    brief.format === "json" ? !MARKDOWN_ONLY.includes(d) : !JSON_ONLY.includes(d),
  );
  return pool[Math.floor(rand() * pool.length)];
}

/** The document with the defect applied (cut_short and missing_section are the server's: see there). */
export function applyDefect(defect: Defect, brief: ArtifactBrief, doc: string): string {
  switch (defect) {
    case "prose_around":
      return `Sure! Here is the ${brief.artifact} for ${brief.project.name}.\n\n${doc.trimEnd()}\n\nLet me know if you would like any changes.\n`;
    case "fence":
      return `\`\`\`${brief.format === "json" ? "json" : "markdown"}\n${doc.trimEnd()}\n\`\`\`\n`;
    case "heading_levels":
      return doc.replace(/^(#{2,5}) /gm, "#$1 ");
    case "numbered_headings": {
      let n = 0;
      return doc.replace(/^## (.+)$/gm, (_, title: string) => `## ${++n}. ${title}`);
    }
    case "wrong_id_format":
      return doc.replace(/\b(REQ-[A-Z][A-Z0-9]*)-0*(\d+)\b/g, "$1-$2");
    case "json_trailing_comma":
      return doc.replace(/([^\s,[{])(\n\s*[}\]])/, "$1,$2");
    case "json_comment":
      return doc.replace(/^\{/, "{\n  // written for the brief above");
    default:
      return doc;
  }
}
