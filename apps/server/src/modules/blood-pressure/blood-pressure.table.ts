import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

export const bloodPressureLog = pgTable(
  "blood_pressure_log",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    measuredAt: timestamp("measured_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The calendar day of `measured_at` in the profile's time zone when it was stored. */
    date: date("date", { mode: "string" }).notNull(),
    systolic: integer("systolic").notNull(),
    diastolic: integer("diastolic").notNull(),
    pulse: integer("pulse"),
    context: text("context"),
    irregularHeartbeat: boolean("irregular_heartbeat").notNull().default(false),
    note: text("note"),
    source: text("source").notNull().default("manual"),
    externalId: text("external_id"),
    ...timestamps(),
  },
  (t) => [
    index("blood_pressure_log_profile_date_idx").on(t.profileId, t.date.desc()),
    // One reading per instant and source: the natural key that makes re-imports add nothing.
    uniqueIndex("blood_pressure_log_natural_key").on(t.profileId, t.source, t.measuredAt),
    check("blood_pressure_log_values_check", sql`${t.diastolic} < ${t.systolic}`),
  ],
);

export type BloodPressureRow = typeof bloodPressureLog.$inferSelect;
