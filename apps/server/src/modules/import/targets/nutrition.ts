import { KCAL_MAX, MACRO_MAX_G, NOTE_MAX, roundTotals } from "@mitai/shared";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { nutritionLog } from "../../nutrition/nutrition.table.js";
import type { NutritionImport } from "../formats/types.js";
import { dayNumber, insertCounting, type Target } from "./types.js";

const storedDays = z.object({ rows: z.array(z.object({ date: z.string() })) });

/** Two notes of one day as one; past the note's limit nothing more is added (`prepare` cuts it). */
function joinNotes(a: string | null, b: string | null): string | null {
  if (!b) return a;
  if (!a) return b;
  return a.length > NOTE_MAX ? a : `${a}; ${b}`;
}

const cut = (note: string | null) =>
  note !== null && note.length > NOTE_MAX ? `${note.slice(0, NOTE_MAX - 1)}…` : note;

/**
 * A day's nutrition per source: the file's rows of one day summed (`combine`) and stored as that
 * source's entry of the day, rounded as shown (kcal whole, grams to a tenth). A day stored with the
 * same totals is already there; one stored with other totals (a newer export, the day completed
 * since) is replaced. Entries typed in by hand and those of other sources are never touched.
 */
export const nutritionTarget: Target<"nutrition"> = {
  kind: "nutrition",
  key: (r) => dayNumber(r.date),

  combine(into, row) {
    into.kcal += row.kcal;
    into.proteinG += row.proteinG;
    into.fatG += row.fatG;
    into.carbsG += row.carbsG;
    if (row.fiberG !== null) into.fiberG = (into.fiberG ?? 0) + row.fiberG;
    into.items += row.items;
    into.note = joinNotes(into.note, row.note);
    return into;
  },

  /** The day's sum as it will be stored: rounded, the note cut to its limit. */
  async prepare(_db, _profileId, rows) {
    return rows.map((r) => ({ ...r, ...roundTotals(r), note: cut(r.note) }));
  },

  invalid(r) {
    const over: string[] = [];
    if (r.kcal > KCAL_MAX) over.push(`${r.kcal} kcal (at most ${KCAL_MAX})`);
    for (const [name, grams] of [
      ["protein", r.proteinG],
      ["fat", r.fatG],
      ["carbohydrate", r.carbsG],
      ["fiber", r.fiberG ?? 0],
    ] as const) {
      if (grams > MACRO_MAX_G) over.push(`${grams} g ${name} (at most ${MACRO_MAX_G} g)`);
    }
    if (over.length === 0) return null;
    return { row: r.line, reason: `the day ${r.date} sums to ${over.join(", ")}: not imported` };
  },

  async existing(db, profileId, source, rows) {
    if (rows.length === 0) return new Set();
    const col = <T>(pick: (r: NutritionImport) => T) => sql.param(rows.map(pick));
    const found = await db.execute(sql`
      select n.date::text as date
      from ${nutritionLog} n
      join unnest(
        ${col((r) => r.date)}::date[],
        ${col((r) => r.kcal)}::float8[],
        ${col((r) => r.proteinG)}::float8[],
        ${col((r) => r.fatG)}::float8[],
        ${col((r) => r.carbsG)}::float8[],
        ${col((r) => r.fiberG)}::float8[]
      ) as r(date, kcal, protein_g, fat_g, carbs_g, fiber_g)
        on n.date = r.date and n.kcal = r.kcal and n.protein_g = r.protein_g and n.fat_g = r.fat_g
          and n.carbs_g = r.carbs_g and n.fiber_g is not distinct from r.fiber_g
      where n.profile_id = ${profileId} and n.source = ${source}`);
    return new Set(storedDays.parse(found).rows.map((r) => dayNumber(r.date)));
  },

  /** New days go in; a day of this source with other totals is replaced; the rest is left alone. */
  async insert(db, profileId, source, rows) {
    if (rows.length === 0) return 0;
    const col = <T>(pick: (r: NutritionImport) => T) => sql.param(rows.map(pick));
    return insertCounting(
      db,
      sql`
        insert into ${nutritionLog} as n
          (profile_id, source, date, kcal, protein_g, fat_g, carbs_g, fiber_g, note)
        select ${profileId}, ${source}, r.*
        from unnest(
          ${col((r) => r.date)}::date[],
          ${col((r) => r.kcal)}::float8[],
          ${col((r) => r.proteinG)}::float8[],
          ${col((r) => r.fatG)}::float8[],
          ${col((r) => r.carbsG)}::float8[],
          ${col((r) => r.fiberG)}::float8[],
          ${col((r) => r.note)}::text[]
        ) as r
        on conflict (profile_id, date, source) do update set
          kcal = excluded.kcal, protein_g = excluded.protein_g, fat_g = excluded.fat_g,
          carbs_g = excluded.carbs_g, fiber_g = excluded.fiber_g, note = excluded.note
        where (n.kcal, n.protein_g, n.fat_g, n.carbs_g, n.fiber_g)
          is distinct from (excluded.kcal, excluded.protein_g, excluded.fat_g, excluded.carbs_g, excluded.fiber_g)`,
    );
  },

  preview: (r) => ({
    kind: "nutrition",
    date: r.date,
    kcal: r.kcal,
    proteinG: r.proteinG,
    fatG: r.fatG,
    carbsG: r.carbsG,
    fiberG: r.fiberG,
    items: r.items,
    note: r.note,
  }),
};
