// The issues job: each TASK of tasks.md as an issue, updated on re-sync, closed when removed.
import type { JobHandler } from "./jobs";

export const runSyncIssues: JobHandler = async () => {
  throw new Error("runSyncIssues: not built yet");
};
