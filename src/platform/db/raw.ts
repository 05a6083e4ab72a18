// Helpers for the few statements drizzle's builder cannot say (see each caller for why), so that
// even there every column and type comes from the table objects, never from strings.
import { type Column, getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";

/** `value` encoded by `column` (its driver mapping) and cast to the column's SQL type. */
export function valueAs<C extends AnyPgColumn>(column: C, value: C["_"]["data"] | null): SQL<C["_"]["data"]> {
  return sql`${sql.param(value, column)}::${sql.raw(column.getSQLType())}`;
}

/**
 * `insert into <table> (<columns>) select <values> <rest>`: the columns are the keys of `row`.
 * Drizzle's own insert…select must list every column of the table (no DEFAULT in a SELECT), which
 * would restate the table's defaults; this lists only the given ones and leaves the rest to them.
 */
export function insertSelect<T extends PgTable>(
  table: T,
  row: Partial<Record<keyof T["_"]["columns"], SQL>>,
  rest: SQL,
): SQL {
  const columns: Record<string, AnyPgColumn> = getTableColumns(table);
  const entries = Object.entries(row).flatMap(([key, value]) => {
    const column = columns[key];
    return column && value ? [{ column, value }] : [];
  });
  return sql`insert into ${table} (${sql.join(
    entries.map((e) => sql.identifier(e.column.name)),
    sql`, `,
  )}) select ${sql.join(
    entries.map((e) => e.value),
    sql`, `,
  )} ${rest}`;
}

/** A column's bare name, for raw SQL that names it under an alias (`j.${columnName(t.id)}`) or in an insert list. */
export function columnName(column: { name: string }): SQL {
  return sql`${sql.identifier(column.name)}`;
}

/**
 * `"table"."column"`, always: drizzle writes a column bare in some statement contexts (UPDATE/DELETE, some
 * selections), where inside a correlated subquery a bare name would resolve to the subquery's own table.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
