import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

export type StoredSegment = { phase: "deep" | "rem" | "light" | "awake"; start: string; end: string };

/** One night per profile, keyed by the wake-up day. */
export const sleepLog = pgTable(
  "sleep_log",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    // Null (both) for a night imported with its durations only; `durationMin` is then the time in bed.
    bedtime: timestamp("bedtime", { withTimezone: true, mode: "date" }),
    wakeTime: timestamp("wake_time", { withTimezone: true, mode: "date" }),
    durationMin: integer("duration_min").notNull(),
    quality: integer("quality"),
    deepMin: integer("deep_min"),
    remMin: integer("rem_min"),
    lightMin: integer("light_min"),
    awakeMin: integer("awake_min"),
    segments: jsonb("segments").$type<StoredSegment[]>().notNull().default([]),
    note: text("note"),
    source: text("source").notNull().default("manual"),
    externalId: text("external_id"),
    ...timestamps(),
  },
  (t) => [
    index("sleep_log_profile_date_idx").on(t.profileId, t.date.desc()),
    uniqueIndex("sleep_log_profile_date_unique").on(t.profileId, t.date),
    check("sleep_log_night_check", sql`${t.wakeTime} > ${t.bedtime}`),
    check("sleep_log_clock_check", sql`(${t.bedtime} is null) = (${t.wakeTime} is null)`),
    check("sleep_log_quality_check", sql`${t.quality} between 1 and 5`),
  ],
);

export type SleepRow = typeof sleepLog.$inferSelect;
