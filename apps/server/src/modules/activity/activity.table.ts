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
import { trainingTypes } from "../training-types/training-type.table.js";

/** Training sessions: many per day (two identical sessions are two sessions). */
export const activityLog = pgTable(
  "activity_log",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    /** Local clock time `HH:MM` in the profile's time zone, when known. */
    startTime: text("start_time"),
    name: text("name").notNull(),
    /** `activityNameKey(name)`: what mappings match on. */
    nameKey: text("name_key").notNull(),
    /** Null: not categorized yet. A type in use cannot be deleted (restrict), only deactivated. */
    trainingTypeId: uuid("training_type_id").references(() => trainingTypes.id, { onDelete: "restrict" }),
    durationMin: doublePrecision("duration_min").notNull(),
    kcalActive: doublePrecision("kcal_active"),
    hrAvg: integer("hr_avg"),
    hrMax: integer("hr_max"),
    distanceKm: doublePrecision("distance_km"),
    rpe: integer("rpe"),
    notes: text("notes"),
    source: text("source").notNull().default("manual"),
    /** The source's own id of the session (an import's natural key). */
    externalId: text("external_id"),
    ...timestamps(),
  },
  (t) => [
    index("activity_log_profile_date_idx").on(t.profileId, t.date.desc()),
    index("activity_log_profile_name_key_idx").on(t.profileId, t.nameKey),
    index("activity_log_training_type_idx").on(t.trainingTypeId),
    // Re-importing a file adds nothing: one session per source id.
    uniqueIndex("activity_log_natural_key")
      .on(t.profileId, t.source, t.externalId)
      .where(sql`${t.externalId} is not null`),
    check("activity_log_duration_check", sql`${t.durationMin} >= 1 and ${t.durationMin} <= 1440`),
    check("activity_log_hr_check", sql`${t.hrMax} is null or ${t.hrAvg} is null or ${t.hrMax} >= ${t.hrAvg}`),
    check("activity_log_rpe_check", sql`${t.rpe} is null or (${t.rpe} >= 1 and ${t.rpe} <= 10)`),
  ],
);

export type ActivityRow = typeof activityLog.$inferSelect;

/**
 * Learned name → type mappings: a profile's own (`profile_id` set), learned when it categorizes, or
 * global (`profile_id` null), kept by admins and seeded for Apple Health and Garmin FIT names. A
 * profile's own mapping wins over a global one.
 */
export const activityMappings = pgTable(
  "activity_mappings",
  {
    id: id(),
    profileId: uuid("profile_id").references(() => profiles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    nameKey: text("name_key").notNull(),
    trainingTypeId: uuid("training_type_id")
      .notNull()
      .references(() => trainingTypes.id, { onDelete: "restrict" }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("activity_mappings_profile_name_unique")
      .on(t.profileId, t.nameKey)
      .where(sql`${t.profileId} is not null`),
    uniqueIndex("activity_mappings_global_name_unique").on(t.nameKey).where(sql`${t.profileId} is null`),
  ],
);

export type ActivityMappingRow = typeof activityMappings.$inferSelect;
