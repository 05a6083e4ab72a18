// The GitHub integration's public module. (gh-issues: only the task status; gh-core's index.ts replaces this
// file and keeps the line below.)
export { type TaskIssueRow, TaskProgressSchema, taskIssues, taskProgress } from "./task-status";
