// Named batches: a batch's statements are given and read back by name, never by position, so a
// statement added, removed or reordered cannot shift another's result.
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "./client";

/** A batch's statements by name (plain names: integer-like keys would reorder). */
export type NamedStatements = Record<string, BatchItem<"pg">>;

/** Each statement's result under its name, typed as drizzle types it. */
export type NamedResults<T extends NamedStatements> = { [K in keyof T]: T[K]["_"]["result"] };

/** The statements in batch order (the names' order). */
export const statementsOf = (named: NamedStatements): BatchItem<"pg">[] => Object.values(named);

/** Names the results of `statementsOf(named)`, which come back from db.batch in that order. */
export function resultsByName<T extends NamedStatements>(named: T, results: readonly unknown[]): NamedResults<T> {
  const keys = Object.keys(named);
  if (results.length !== keys.length) throw new Error(`batch returned ${results.length} results for ${keys.length}`);
  return Object.fromEntries(keys.map((k, i) => [k, results[i]])) as NamedResults<T>;
}

/** Runs named statements in one db.batch (one round trip, one transaction); their results by name. */
export async function batch<T extends NamedStatements>(db: Db, named: T): Promise<NamedResults<T>> {
  const statements = statementsOf(named);
  if (statements.length === 0) return resultsByName(named, []);
  return resultsByName(named, await db.batch(statements as never));
}
