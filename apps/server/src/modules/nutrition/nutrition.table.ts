import { sql } from "drizzle-orm";
import { check, date, doublePrecision, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

/**
 * A day's nutrition per profile and source: one typed-in entry (`manual`) and one per import source
 * (`fddb`, `cronometer`, …) — a day's total is the sum of its sources. An import writes the day's
 * sum of the diary's rows, so the same file imported twice changes nothing.
 */
export const nutritionLog = pgTable(
  "nutrition_log",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    kcal: doublePrecision("kcal").notNull(),
    proteinG: doublePrecision("protein_g").notNull(),
    fatG: doublePrecision("fat_g").notNull(),
    carbsG: doublePrecision("carbs_g").notNull(),
    fiberG: doublePrecision("fiber_g"),
    note: text("note"),
    source: text("source").notNull().default("manual"),
    ...timestamps(),
  },
  (t) => [
    index("nutrition_log_profile_date_idx").on(t.profileId, t.date.desc()),
    uniqueIndex("nutrition_log_profile_date_source_unique").on(t.profileId, t.date, t.source),
    check("nutrition_log_kcal_check", sql`${t.kcal} between 0 and 20000`),
    check(
      "nutrition_log_macros_check",
      sql`${t.proteinG} between 0 and 2000 and ${t.fatG} between 0 and 2000 and ${t.carbsG} between 0 and 2000 and (${t.fiberG} is null or ${t.fiberG} between 0 and 2000)`,
    ),
  ],
);

export type NutritionRow = typeof nutritionLog.$inferSelect;
