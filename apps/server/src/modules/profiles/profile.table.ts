import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  integer,
  pgTable,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";

export const profiles = pgTable(
  "profiles",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ["admin", "user"] })
      .notNull()
      .default("user"),
    active: boolean("active").notNull().default(true),
    emailVerified: boolean("email_verified").notNull().default(false),
    sex: text("sex", { enum: ["male", "female"] }),
    birthDate: date("birth_date", { mode: "string" }),
    heightCm: doublePrecision("height_cm"),
    goalWeightKg: doublePrecision("goal_weight_kg"),
    language: text("language", { enum: ["de", "en"] })
      .notNull()
      .default("de"),
    timeZone: text("time_zone").notNull().default("Europe/Berlin"),
    sessionDays: integer("session_days").notNull().default(30),
    kcalTarget: integer("kcal_target"),
    proteinTarget: doublePrecision("protein_target"),
    proteinTargetUnit: text("protein_target_unit", { enum: ["g", "g_per_kg"] })
      .notNull()
      .default("g"),
    fatTargetG: doublePrecision("fat_target_g"),
    carbsTargetG: doublePrecision("carbs_target_g"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("profiles_email_unique").on(sql`lower(${t.email})`),
    check("profiles_role_check", sql`${t.role} in ('admin', 'user')`),
    check("profiles_session_days_check", sql`${t.sessionDays} between 1 and 365`),
    check("profiles_protein_target_unit_check", sql`${t.proteinTargetUnit} in ('g', 'g_per_kg')`),
  ],
);

export type ProfileRow = typeof profiles.$inferSelect;
