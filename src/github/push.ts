// The push job: the export's files committed to the connection's branch and the project's one pull request opened or updated.
import type { JobHandler } from "./jobs";

export const runPush: JobHandler = async () => {
  throw new Error("runPush: not built yet");
};
