// The GitHub integration: a project's repository (a GitHub App installation, or a fine-grained token
// stored encrypted), the spec set pushed to one pull request per project, tasks as issues, the
// repository's webhooks (issue states, merges, drift), all calls to GitHub through a durable outbox
// (github_jobs) run by the generator worker (worker.ts, outbox-run.ts; Octokit never in an API bundle).
// Owns github_connections, github_jobs, github_issues, github_deliveries and github_drift. docs/github.md.

export { githubDriftRoutes } from "./drift-routes";
export { nudgeGithub } from "./nudge";
export { enqueueJob, type JobRequest } from "./outbox";
export { githubRoutes } from "./routes";
export { type TaskIssueRow, TaskProgressSchema, taskIssues, taskProgress } from "./task-status";
export { githubWebhookRoutes } from "./webhook-routes";
