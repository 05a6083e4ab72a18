// The teams worker (workers/teams/wrangler.toml): the whole app (src/app.ts createApp: every router,
// the OpenAPI document, /docs, the 404 of unknown paths) and the cleanup cron. The API worker (the
// front) serves the core routes itself and forwards every other path here, unchanged, over its TEAMS
// service binding, so the team features (workspaces, comments, reviews, webhooks, audit,
// notifications, and whatever is added beside them) stay out of the front's bundle.
import { app } from "../app";
import { scheduled } from "../cleanup";
import type { Bindings } from "../platform/http/context";

export default {
  fetch: app.fetch,
  scheduled,
} satisfies ExportedHandler<Bindings>;
