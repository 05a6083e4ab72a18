// The drift job: a push's changed spec files fetched and diffed against the stored versions.
import type { JobHandler } from "./jobs";

export const runCheckDrift: JobHandler = async () => {
  throw new Error("runCheckDrift: not built yet");
};
