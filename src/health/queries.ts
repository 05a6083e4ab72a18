// The health check's SQL.
import { sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";

/** The smallest statement the database answers. Raw: the builder has no select without a table. */
export const ping = (db: Db) => db.execute(sql`select 1`);
