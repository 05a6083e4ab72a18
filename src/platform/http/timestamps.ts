// Timestamps from requests are validated to what Postgres's `timestamptz` accepts, so none reaches
// the database to be refused there (22008 out of range, 22009 time zone displacement out of range).
// zod's ISO check alone lets through offsets of +16:00 to +23:59 (Postgres allows at most
// +-15:59) and the year 0000 (there is none in Postgres's calendar).
import { z } from "zod";

/** Postgres's largest time zone displacement: 15:59 (MAX_TZDISP_HOUR in https://github.com/postgres/postgres/blob/master/src/include/datatype/timestamp.h). */
const MAX_OFFSET_MINUTES = 15 * 60 + 59;

/** Whether an ISO 8601 date-time (zod-validated shape) is within what `timestamptz` accepts. */
function storableIso(v: string): boolean {
  if (v.startsWith("0000")) return false;
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(v);
  return !offset || Number(offset[2]) * 60 + Number(offset[3]) <= MAX_OFFSET_MINUTES;
}

/** An ISO 8601 date-time with `Z` or an offset, e.g. `2026-01-31T12:00:00+01:00`, that Postgres stores. */
export const isoTimestamp = () =>
  z.iso
    .datetime({ offset: true })
    .refine(storableIso, "must be a date-time Postgres can store (years 0001-9999, offset at most +-15:59)");

// Postgres's own text output of a timestamptz, as `col::text` gives it: `2026-01-31 12:00:00.123456+00`.
const PG_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)([+-]\d{2})(?::(\d{2}))?$/;
const isoSchema = isoTimestamp();

/** Whether `v` is a timestamptz as Postgres writes it (e.g. from a cursor) that it also reads back. */
export function isPgTimestampText(v: string): boolean {
  const m = PG_TIMESTAMP.exec(v);
  return !!m && isoSchema.safeParse(`${m[1]}T${m[2]}${m[3]}:${m[4] ?? "00"}`).success;
}
