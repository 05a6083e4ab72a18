import type { RequestIdVariables } from "hono/request-id";
import type { z } from "zod";
import type { Credential } from "../auth/session";
import type { Config, configSchema } from "../config";
import type { Db, DbStats } from "../db/client";
import type { IdempotencyClaim } from "./idempotency";

/** Raw bindings as the runtime hands them over; validated by getConfig before use. */
export type Bindings = Record<keyof z.input<typeof configSchema>, string | undefined> & Record<string, unknown>;

/** What the error handler tells the request log about a 5xx (already free of request data). */
export interface Failure {
  code: string;
  error: string;
  pgCode?: string;
  stack?: string[];
}

export type AppEnv = {
  Bindings: Bindings;
  Variables: RequestIdVariables & {
    config: Config;
    /** The request's credential, read by requireCredential on signed-in routes. */
    credential: Credential;
    db: Db;
    /** This request's database round trips and time (set by the request log, fed by the db client). */
    dbStats: DbStats;
    failure: Failure;
    /** The Idempotency-Key of an `idempotent` route's request (src/platform/http/idempotency.ts). */
    idempotency: IdempotencyClaim;
  };
};
