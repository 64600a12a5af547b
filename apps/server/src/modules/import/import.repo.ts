import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type ImportJobRow, type ImportMappingRow, importJobs, importMappings } from "./import.table.js";

type NewImportJob = typeof importJobs.$inferInsert;
export type ImportJobPatch = Partial<Omit<NewImportJob, "id" | "profileId" | "createdAt" | "updatedAt">>;
type Status = ImportJobRow["status"];

export async function insertImportJob(db: Database, values: NewImportJob): Promise<ImportJobRow> {
  const rows = await db.insert(importJobs).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findImportJob(
  db: Database,
  profileId: string,
  id: string,
): Promise<ImportJobRow | null> {
  const rows = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listImportJobs(db: Database, profileId: string, limit = 50): Promise<ImportJobRow[]> {
  return db
    .select()
    .from(importJobs)
    .where(eq(importJobs.profileId, profileId))
    .orderBy(desc(importJobs.createdAt))
    .limit(limit);
}

/** Changes a job only while it is in one of `from` — so a cancel is never overwritten by a late progress report. */
export async function updateImportJob(
  db: Database,
  id: string,
  from: readonly Status[],
  patch: ImportJobPatch,
): Promise<ImportJobRow | null> {
  const rows = await db
    .update(importJobs)
    .set(patch)
    .where(and(eq(importJobs.id, id), inArray(importJobs.status, [...from])))
    .returning();
  return rows[0] ?? null;
}

/**
 * Jobs a stopped process left running (their transaction died with it, so nothing of them is
 * stored), recognized by not having moved since `before` (null: every one — no other process runs).
 */
export async function failInterruptedJobs(db: Database, before: Date | null): Promise<ImportJobRow[]> {
  return db
    .update(importJobs)
    .set({
      status: "failed",
      error: "Interrupted by a server restart; nothing was imported",
      finishedAt: new Date(),
    })
    .where(
      and(
        inArray(importJobs.status, ["analyzing", "committing"]),
        before ? lt(importJobs.updatedAt, before) : undefined,
      ),
    )
    .returning();
}

type NewMapping = typeof importMappings.$inferInsert;

export async function findMappingByHeaderKey(
  db: Database,
  profileId: string,
  headerKey: string,
): Promise<ImportMappingRow | null> {
  const rows = await db
    .select()
    .from(importMappings)
    .where(and(eq(importMappings.profileId, profileId), eq(importMappings.headerKey, headerKey)))
    .limit(1);
  return rows[0] ?? null;
}

/** Remembers a mapping for its headers; a newer choice for the same headers replaces the older. */
export async function upsertMapping(db: Database, values: NewMapping): Promise<void> {
  await db
    .insert(importMappings)
    .values(values)
    .onConflictDoUpdate({
      target: [importMappings.profileId, importMappings.headerKey],
      set: { kind: values.kind, fields: values.fields, dateOrder: values.dateOrder, headers: values.headers },
    });
}

export async function listMappings(db: Database, profileId: string): Promise<ImportMappingRow[]> {
  return db
    .select()
    .from(importMappings)
    .where(eq(importMappings.profileId, profileId))
    .orderBy(desc(importMappings.updatedAt));
}

export async function deleteMapping(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(importMappings)
    .where(and(eq(importMappings.id, id), eq(importMappings.profileId, profileId)))
    .returning({ id: importMappings.id });
  return rows.length > 0;
}
