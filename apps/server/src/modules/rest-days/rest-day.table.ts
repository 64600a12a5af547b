import type { RestDimension, RestPreset } from "@mitai/shared";
import { sql } from "drizzle-orm";
import { check, date, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

/** One rest day per profile and day, resting in one or more dimensions. */
export const restDays = pgTable(
  "rest_days",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    preset: text("preset").$type<RestPreset>().notNull(),
    dimensions: text("dimensions").array().$type<RestDimension[]>().notNull(),
    note: text("note"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("rest_days_profile_date_unique").on(t.profileId, t.date),
    check("rest_days_dimensions_check", sql`cardinality(${t.dimensions}) between 1 and 3`),
    check(
      "rest_days_preset_check",
      sql`${t.preset} in ('strength_rest', 'cardio_rest', 'full_rest', 'custom')`,
    ),
  ],
);

export type RestDayRow = typeof restDays.$inferSelect;
