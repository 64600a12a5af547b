import type { ImportKind } from "@mitai/shared";
import { type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { CopyRows, Database } from "../../../db/client.js";
import type { ImportRows } from "../formats/types.js";
import type { ImportErrorRow, PreviewRow } from "../import.table.js";

/** Where one kind of imported row is stored, and how it is recognized as already there. */
export type Target<K extends ImportKind> = {
  kind: K;
  /** The row's natural key as a number (an instant, a day): two rows with the same key are one entry. */
  key(row: ImportRows[K]): number;
  /** The keys among `rows` the profile has stored already. */
  existing(db: Database, profileId: string, source: string, rows: ImportRows[K][]): Promise<Set<number>>;
  /** Stores the rows that are not there yet, in one statement; returns how many went in. */
  insert(db: Database, profileId: string, source: string, rows: ImportRows[K][]): Promise<number>;
  /**
   * Stores rows known to be new — neither stored nor earlier in the file — with COPY, about twice as
   * fast as `insert`; returns how many went in. Only for kinds whose natural key includes the
   * source: then nothing but another import of that source, which the commit's lock holds off, can
   * write the same key meanwhile (a typed-in entry has a source of its own).
   */
  copyNew?(copy: CopyRows, profileId: string, source: string, rows: ImportRows[K][]): Promise<number>;
  /**
   * Completes a batch's rows from the database before they are counted, previewed or stored (a
   * session's training type through the profile's mappings): one query per batch.
   */
  prepare?(db: Database, profileId: string, rows: ImportRows[K][]): Promise<ImportRows[K][]>;
  /**
   * For kinds summed per key (a diary's rows per day): `row` added into `into`, which is returned.
   * The pipeline then folds the whole file's rows by key before counting or storing them — one row
   * per key, held in memory per key (a day), never per file row.
   */
  combine?(into: ImportRows[K], row: ImportRows[K]): ImportRows[K];
  /**
   * Why a prepared row cannot be stored (a day whose sum is beyond an entry's limits), as the error
   * the import reports for it; null when it can. Such a row is counted invalid, not stored.
   */
  invalid?(row: ImportRows[K]): ImportErrorRow | null;
  /** The row as the preview shows it (JSON, camelCase, as it will be stored). */
  preview(row: ImportRows[K]): PreviewRow;
};

const insertedCount = z.object({ rows: z.array(z.object({ n: z.number() })) });

/** Runs an `INSERT … ON CONFLICT DO NOTHING` and answers how many rows it added. */
export async function insertCounting(db: Database, insert: SQL): Promise<number> {
  const result = await db.execute(
    sql`with inserted as (${insert} returning 1) select count(*)::int as n from inserted`,
  );
  return insertedCount.parse(result).rows[0]?.n ?? 0;
}

const dateRows = z.object({ rows: z.array(z.object({ date: z.string() })) });

/** The days among `dates` this profile has an entry for in `table` (one entry per day, any source). */
/** A calendar day (`2025-03-01`) as a number: days since 1970-01-01. */
export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export async function existingDays(
  db: Database,
  table: PgTable,
  profileId: string,
  dates: string[],
): Promise<Set<number>> {
  if (dates.length === 0) return new Set();
  const query: SQL = sql`
    select date::text as date from ${table}
    where profile_id = ${profileId} and date = any(${sql.param(dates)}::date[])`;
  return new Set(dateRows.parse(await db.execute(query)).rows.map((r) => dayNumber(r.date)));
}
