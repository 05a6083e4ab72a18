// The API worker, the front: serves the core routers itself (src/app.ts createFrontApp) and forwards
// every other path, before any middleware, to the teams worker over the TEAMS service binding
// (src/platform/http/forward.ts). The cleanup cron runs in the teams worker, off the request path.
import { createFrontApp } from "../app";
import type { Bindings } from "../platform/http/context";
import { forwardUnmatched } from "../platform/http/forward";

const front = createFrontApp();

export default {
  fetch: forwardUnmatched(front),
} satisfies ExportedHandler<Bindings>;

export type { AppType } from "../app";
