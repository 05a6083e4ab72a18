// The tasks of tasks.md as the issues job sees them, and the issue each one becomes. Pure: the same tasks.md,
// project and connection give the same issues (and content hashes), so an unchanged task is never sent again.
import { idBlocks, parseMarkdown } from "../spec-engine/markdown";
import { EPIC_ID, REQUIREMENT_ID, TASK_ID } from "../spec-engine/templates";

export interface SpecTask {
  id: string;
  title: string;
  /** The block's text below its first line, list items left out when they are the acceptance criteria. */
  body: string;
  acceptance: string[];
  /** Requirement ids (REQ-…) the task names, in order of appearance. */
  requirements: string[];
  /** Epic ids (EPIC-…) the task names: usually one. */
  epics: string[];
}

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
/** A sentence stating the acceptance check in prose (`Done when …`, `Acceptance: …`). */
const DONE_WHEN = /(?:^|(?<=[.!?]\s))(?:Done when|Acceptance(?: criteria)?:)[\s\S]*?(?:[.!?](?=\s|$)|$)/g;
const ids = (text: string, pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((m) => m[0]))];

/**
 * Each TASK block of tasks.md (a `###` heading or a list item starting with its id, src/spec-engine/markdown.ts
 * idBlocks). Acceptance criteria: the list items of the block, else its `Done when …` sentences (title included). A repeated id
 * (the item-duplicate finding) keeps its first block.
 */
export function parseTasks(content: string): SpecTask[] {
  const seen = new Set<string>();
  const tasks: SpecTask[] = [];
  for (const block of idBlocks(parseMarkdown(content), TASK_ID)) {
    if (seen.has(block.id)) continue;
    seen.add(block.id);
    const rest = block.text.split("\n").slice(1);
    const items = rest.flatMap((l) => LIST_ITEM.exec(l)?.[1]?.trim() || []);
    const prose = rest.filter((l) => !LIST_ITEM.test(l));
    const body = (items.length > 0 ? prose : rest).join("\n").trim();
    const acceptance =
      items.length > 0
        ? items
        : // A list-item task is often one line: its `Done when` is in the title.
          [...`${block.title} ${body}`.replace(/\s+/g, " ").matchAll(DONE_WHEN)].map((m) => m[0].trim());
    tasks.push({
      id: block.id,
      // A list item's whole line is its title; a heading without a title takes its first line of text.
      title: block.title || body.split("\n")[0]?.slice(0, 200) || block.id,
      body,
      acceptance,
      requirements: ids(block.text, REQUIREMENT_ID),
      epics: ids(block.text, EPIC_ID),
    });
  }
  return tasks;
}

/** The label every issue of Spec Drive carries (the marker search lists only these). */
export const SPEC_DRIVE_LABEL = "spec-drive";

/** Where the issue links the spec: the repository, and the branch and folder the spec set is pushed to. */
export interface IssueSite {
  projectId: string;
  owner: string;
  repo: string;
  branch: string;
  directory: string;
}

export interface TaskIssue {
  title: string;
  body: string;
  labels: string[];
}

/** The hidden line that ties an issue to its task: found again when the issue's row was never written. */
export const taskMarker = (taskId: string, projectId: string) =>
  `<!-- spec-drive:task ${taskId} project:${projectId} -->`;
const MARKER = /<!-- spec-drive:task (TASK-\d{3,}) project:([0-9a-f-]{36}) -->/;

/** The task id an issue body's marker names for `projectId`, if any. */
export function markedTask(body: string | null | undefined, projectId: string): string | undefined {
  const m = body ? MARKER.exec(body) : null;
  return m?.[2] === projectId ? m[1] : undefined;
}

/**
 * A requirement's link: PRD.md on the project's branch, at the export's layout under the connection's folder
 * (`<directory>/spec/PRD.md`, the push's files).
 */
const requirementLink = (s: IssueSite, reqId: string) =>
  `[${reqId}](https://github.com/${s.owner}/${s.repo}/blob/${encodeURI(s.branch)}/${encodeURI(s.directory)}/spec/PRD.md)`;

/** GitHub's bound on an issue body, in characters (its API refuses longer ones with 422). */
export const ISSUE_BODY_MAX = 65_536;
/** Epic labels an issue carries (a task names one or two; GitHub allows 100 labels per issue). */
export const EPIC_LABELS_MAX = 10;

/**
 * Title `TASK-001: <title>`; body: description, acceptance checklist, requirement links, epic, marker. A body over
 * ISSUE_BODY_MAX is cut before its marker, which stays.
 */
export function taskIssue(task: SpecTask, site: IssueSite): TaskIssue {
  const marker = `\n\n${taskMarker(task.id, site.projectId)}`;
  const text = [
    task.body || "_No description in tasks.md._",
    "",
    "## Acceptance criteria",
    "",
    ...(task.acceptance.length ? task.acceptance.map((a) => `- [ ] ${a}`) : ["_None stated in tasks.md._"]),
    "",
    "## Requirements",
    "",
    ...(task.requirements.length ? task.requirements.map((r) => `- ${requirementLink(site, r)}`) : ["_None named._"]),
    "",
    ...(task.epics.length ? [`Epic: ${task.epics.join(", ")}`, ""] : []),
    `_Synced from tasks.md by Spec Drive: edit the task there; close this issue when it is done._`,
  ].join("\n");
  const room = ISSUE_BODY_MAX - marker.length;
  return {
    title: `${task.id}: ${task.title}`.slice(0, 256),
    body: (text.length > room ? `${text.slice(0, room - 1)}…` : text) + marker,
    labels: [SPEC_DRIVE_LABEL, ...task.epics.slice(0, EPIC_LABELS_MAX).map((e) => `epic:${e}`)],
  };
}
