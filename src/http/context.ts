import type { RequestIdVariables } from "hono/request-id";
import type { Config } from "../config";
import type { Db } from "../db/client";

/** Raw bindings as the runtime hands them over; validated by getConfig before use. */
export type Bindings = Record<keyof Config, string | undefined> & Record<string, unknown>;

export type AppEnv = {
  Bindings: Bindings;
  Variables: RequestIdVariables & {
    config: Config;
    db: Db;
  };
};
