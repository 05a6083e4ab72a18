// The requirement ids one document contributes to task coverage, extracted when it is stored so the `done`
// gate can compare them in SQL (src/domain/phases.ts) without reading contents: PRD.md's definitions and the
// ids tasks.md's task blocks reference. The same extraction computeTraceability uses (idBlocks, REQUIREMENT_ID).
import { idBlocks, parseMarkdown } from "./markdown";
import { REQUIREMENT_ID, TASK_ID } from "./templates";

/** `defines`: requirement ids defined (PRD.md); `tasks`: requirement ids some task references (tasks.md). */
export interface TraceIds {
  defines?: string[];
  tasks?: string[];
}

const unique = (ids: Iterable<string>) => [...new Set(ids)].sort();

export function traceIds(name: string, content: string): TraceIds {
  if (name === "PRD.md") {
    return { defines: unique(idBlocks(parseMarkdown(content), REQUIREMENT_ID).map((b) => b.id)) };
  }
  if (name === "tasks.md") {
    const blocks = idBlocks(parseMarkdown(content), TASK_ID);
    return { tasks: unique(blocks.flatMap((b) => [...b.text.matchAll(REQUIREMENT_ID)].map((m) => m[0]))) };
  }
  return {};
}
