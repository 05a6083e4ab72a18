import { app } from "../app";
import { scheduled } from "../cleanup";
import type { Bindings } from "../platform/http/context";

export default {
  fetch: app.fetch,
  scheduled,
} satisfies ExportedHandler<Bindings>;

export type { AppType } from "../app";
