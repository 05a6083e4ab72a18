import type { RequestIdVariables } from "hono/request-id";
import type { z } from "zod";
import type { Config, configSchema } from "../config";
import type { Db } from "../db/client";

/** Raw bindings as the runtime hands them over; validated by getConfig before use. */
export type Bindings = Record<keyof z.input<typeof configSchema>, string | undefined> & Record<string, unknown>;

export type AppEnv = {
  Bindings: Bindings;
  Variables: RequestIdVariables & {
    config: Config;
    db: Db;
  };
};
