import { app } from "./app";
import { scheduled } from "./cron/scheduled";
import type { Bindings } from "./http/context";

export default {
  fetch: app.fetch,
  scheduled,
} satisfies ExportedHandler<Bindings>;

export type { AppType } from "./app";
