import { date, doublePrecision, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

/**
 * One skinfold measurement (mm) by one method; the sites the method does not use stay null. Body
 * density and fat % are computed when it is stored (from the profile's sex and the age on that
 * day), so the history does not move when the profile is edited; fat and lean mass are computed
 * when read, from the weight of that day.
 */
export const caliperLog = pgTable(
  "caliper_log",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    method: text("method", { enum: ["jp3", "jp7", "dw4", "parrillo9"] }).notNull(),
    chest: doublePrecision("chest"),
    abdomen: doublePrecision("abdomen"),
    thigh: doublePrecision("thigh"),
    triceps: doublePrecision("triceps"),
    suprailiac: doublePrecision("suprailiac"),
    axilla: doublePrecision("axilla"),
    subscapular: doublePrecision("subscapular"),
    biceps: doublePrecision("biceps"),
    lowerBack: doublePrecision("lower_back"),
    calf: doublePrecision("calf"),
    sex: text("sex", { enum: ["male", "female"] }).notNull(),
    ageYears: doublePrecision("age_years").notNull(),
    density: doublePrecision("density"),
    bodyFatPct: doublePrecision("body_fat_pct").notNull(),
    note: text("note"),
    source: text("source").notNull().default("manual"),
    externalId: text("external_id"),
    ...timestamps(),
  },
  (t) => [
    index("caliper_log_profile_date_idx").on(t.profileId, t.date.desc()),
    uniqueIndex("caliper_log_profile_date_method_unique").on(t.profileId, t.date, t.method),
  ],
);

export type CaliperRow = typeof caliperLog.$inferSelect;
