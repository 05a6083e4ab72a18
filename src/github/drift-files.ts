// Which repository files are a project's documents: the connection's folder holds the export's layout,
// `<phase>/<name>` for each document (a bare `<name>` is matched too when one stored document has it), and
// the files Spec Drive generates at its root. Generated files are not drift: they are rewritten from the
// documents on every push, so an edit to them says nothing about the spec.
import { PHASES } from "../platform/db/schema";

/** Files the export writes from the documents, at the folder's root. */
export const GENERATED_FILES: ReadonlySet<string> = new Set([
  "HANDOFF.md",
  "LLM_CONTEXT.md",
  "traceability.json",
  "CHANGELOG.md",
  "project.json",
]);

/** Most changed files one drift check compares (a push beyond it is checked on its first files). */
export const DRIFT_FILES_MAX = 50;
/**
 * Most bytes of one file compared and kept: a stored document is at most 512 KiB (the artifact upload's
 * limit), so a larger repository file is reported as changed without its diff.
 */
export const DRIFT_FILE_BYTES_MAX = 512 * 1024;
/** The document whose repository text is kept with the drift, for a change request from its requirements. */
export const PRD_NAME = "PRD.md";

const PHASE_SET: ReadonlySet<string> = new Set(PHASES);

/** A document's place in the folder: `phase/name`, or a bare name (resolved against the stored ones). */
export type DocPath = { phase: string; name: string } | { phase: null; name: string };

/** The folder without surrounding slashes (`spec`). */
export const folderOf = (directory: string) => directory.replace(/^\/+|\/+$/g, "");

/**
 * The document a repository path names inside `folder`, or undefined for a path outside it, a
 * generated file, or a deeper path that is no document.
 */
export function docPathOf(folder: string, path: string): DocPath | undefined {
  if (!path.startsWith(`${folder}/`)) return undefined;
  const parts = path.slice(folder.length + 1).split("/");
  if (parts.length === 1) {
    const name = parts[0] as string;
    return name === "" || GENERATED_FILES.has(name) ? undefined : { phase: null, name };
  }
  if (parts.length === 2 && PHASE_SET.has(parts[0] as string) && parts[1]) {
    return { phase: parts[0] as string, name: parts[1] };
  }
  return undefined;
}
