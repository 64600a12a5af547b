import { and, desc, eq, gte, lte } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type PhotoRow, photos } from "./photo.table.js";

export type NewPhotoRow = typeof photos.$inferInsert;
export type PhotoPatch = Partial<Pick<NewPhotoRow, "date" | "pose" | "note">>;

export async function listPhotoRows(
  db: Database,
  profileId: string,
  range: { from?: string | undefined; to?: string | undefined },
  page: { limit: number; offset: number },
): Promise<PhotoRow[]> {
  return db
    .select()
    .from(photos)
    .where(
      and(
        eq(photos.profileId, profileId),
        range.from ? gte(photos.date, range.from) : undefined,
        range.to ? lte(photos.date, range.to) : undefined,
      ),
    )
    .orderBy(desc(photos.date), desc(photos.takenAt), desc(photos.createdAt))
    .limit(page.limit)
    .offset(page.offset);
}

export async function findPhotoRow(db: Database, profileId: string, id: string): Promise<PhotoRow | null> {
  const rows = await db
    .select()
    .from(photos)
    .where(and(eq(photos.id, id), eq(photos.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

/** By id alone: for the file route, whose signed link names the owner only through its signature. */
export async function findPhotoRowById(db: Database, id: string): Promise<PhotoRow | null> {
  const rows = await db.select().from(photos).where(eq(photos.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertPhotoRow(db: Database, values: NewPhotoRow): Promise<PhotoRow> {
  const rows = await db.insert(photos).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error("insert into photos returned no row");
  return row;
}

export async function updatePhotoRow(
  db: Database,
  profileId: string,
  id: string,
  patch: PhotoPatch,
): Promise<PhotoRow | null> {
  const rows = await db
    .update(photos)
    .set(patch)
    .where(and(eq(photos.id, id), eq(photos.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deletePhotoRow(db: Database, profileId: string, id: string): Promise<PhotoRow | null> {
  const rows = await db
    .delete(photos)
    .where(and(eq(photos.id, id), eq(photos.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}
