import type { Context } from "hono";
import type { Db } from "../db/client";
import type { AppEnv } from "./context";

/**
 * Where an event happens: a request (its db client, its id and the client's address), or a worker that
 * has only a db client (the generator, advancing a project for a run).
 */
export type EventOrigin = Context<AppEnv> | Db;

export interface Origin {
  db: Db;
  requestId: string | null;
  ip: string | null;
  /** The request, when there is one. */
  request?: Context<AppEnv>;
}

export function originOf(o: EventOrigin): Origin {
  if (!("req" in o)) return { db: o, requestId: null, ip: null };
  return {
    db: o.var.db,
    requestId: o.get("requestId") ?? null,
    ip: o.req.header("cf-connecting-ip")?.slice(0, 64) ?? null,
    request: o,
  };
}
