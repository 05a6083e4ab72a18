// GitHub (src/github): a project's repository. Public module. (gh-hooks' part: the webhooks received and the
// drift routes; the merger folds in the rest.)
export { githubDriftRoutes } from "./drift-routes";
export { githubWebhookRoutes } from "./webhook-routes";
