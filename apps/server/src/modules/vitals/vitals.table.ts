import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

/** One morning measurement per profile and day. */
export const vitalsBaseline = pgTable(
  "vitals_baseline",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    restingHr: integer("resting_hr"),
    hrv: doublePrecision("hrv"),
    vo2Max: doublePrecision("vo2_max"),
    spo2: doublePrecision("spo2"),
    respiratoryRate: doublePrecision("respiratory_rate"),
    note: text("note"),
    source: text("source").notNull().default("manual"),
    externalId: text("external_id"),
    ...timestamps(),
  },
  (t) => [
    index("vitals_baseline_profile_date_idx").on(t.profileId, t.date.desc()),
    uniqueIndex("vitals_baseline_profile_date_unique").on(t.profileId, t.date),
    check(
      "vitals_baseline_any_value_check",
      sql`coalesce(${t.restingHr}::double precision, ${t.hrv}, ${t.vo2Max}, ${t.spo2}, ${t.respiratoryRate}) is not null`,
    ),
  ],
);

export type VitalsRow = typeof vitalsBaseline.$inferSelect;
