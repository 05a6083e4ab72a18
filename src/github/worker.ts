// What the generator worker (src/workers/generator.ts) hosts for GitHub: the outbox's runner.
// Apart from index.ts so that no API bundle loads Octokit.

export interface GithubDispatchReport {
  claimed: number;
  done: number;
  retrying: number;
  failed: number;
}

/** One run of the outbox: due jobs claimed and run until none is due or the run's budget is spent. */
export async function runGithubDispatcher(
  _env: object,
  /** Only these projects' jobs (tests: other files' rows in the shared database stay theirs). */
  _projectIds?: readonly string[],
): Promise<GithubDispatchReport> {
  throw new Error("runGithubDispatcher: not built yet");
}
