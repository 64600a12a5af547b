import { sql } from "drizzle-orm";
import { check, date, doublePrecision, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

/** One set of girth measurements (cm) per profile and day; any non-empty subset of the eight points. */
export const circumferenceLog = pgTable(
  "circumference_log",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    neck: doublePrecision("neck"),
    chest: doublePrecision("chest"),
    waist: doublePrecision("waist"),
    belly: doublePrecision("belly"),
    hip: doublePrecision("hip"),
    thigh: doublePrecision("thigh"),
    calf: doublePrecision("calf"),
    arm: doublePrecision("arm"),
    note: text("note"),
    source: text("source").notNull().default("manual"),
    externalId: text("external_id"),
    ...timestamps(),
  },
  (t) => [
    index("circumference_log_profile_date_idx").on(t.profileId, t.date.desc()),
    uniqueIndex("circumference_log_profile_date_unique").on(t.profileId, t.date),
    check(
      "circumference_log_any_point_check",
      sql`coalesce(${t.neck}, ${t.chest}, ${t.waist}, ${t.belly}, ${t.hip}, ${t.thigh}, ${t.calf}, ${t.arm}) is not null`,
    ),
  ],
);

export type CircumferenceRow = typeof circumferenceLog.$inferSelect;
