import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type ProfileRow, profiles } from "./profile.table.js";

export type NewProfile = typeof profiles.$inferInsert;
export type ProfilePatch = Partial<Omit<NewProfile, "id" | "createdAt" | "updatedAt">>;

export async function findProfileById(db: Database, id: string): Promise<ProfileRow | null> {
  const rows = await db.select().from(profiles).where(eq(profiles.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findProfileByEmail(db: Database, email: string): Promise<ProfileRow | null> {
  const rows = await db
    .select()
    .from(profiles)
    .where(sql`lower(${profiles.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return rows[0] ?? null;
}

export async function listProfiles(db: Database): Promise<ProfileRow[]> {
  return db.select().from(profiles).orderBy(asc(profiles.createdAt));
}

/**
 * Inserts a profile; the very first one of the instance becomes admin. The table lock makes two
 * simultaneous first registrations take turns, so there is exactly one first account.
 */
export async function insertProfileFirstIsAdmin(
  db: Database,
  values: Omit<NewProfile, "role">,
): Promise<ProfileRow> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${profiles} in share row exclusive mode`);
    const any = await tx.select({ id: profiles.id }).from(profiles).limit(1);
    const rows = await tx
      .insert(profiles)
      .values({ ...values, role: any.length === 0 ? "admin" : "user" })
      .returning();
    const row = rows[0];
    if (!row) throw new Error("insert returned no row");
    return row;
  });
}

export async function updateProfile(
  db: Database,
  id: string,
  patch: ProfilePatch,
): Promise<ProfileRow | null> {
  const rows = await db.update(profiles).set(patch).where(eq(profiles.id, id)).returning();
  return rows[0] ?? null;
}

export async function countActiveAdmins(db: Database): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(profiles)
    .where(sql`${profiles.role} = 'admin' and ${profiles.active}`);
  return rows[0]?.n ?? 0;
}
