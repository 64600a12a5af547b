import type { AbilityProfile, TrainingCategory, TrainingIcon } from "@mitai/shared";
import { sql } from "drizzle-orm";
import { boolean, check, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";

/** The training types: 29 built in (seeded by migration 0009), more added by admins. */
export const trainingTypes = pgTable(
  "training_types",
  {
    id: id(),
    key: text("key").notNull(),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull(),
    icon: text("icon").$type<TrainingIcon>().notNull(),
    category: text("category").$type<TrainingCategory>().notNull(),
    abilities: jsonb("abilities").$type<AbilityProfile>().notNull(),
    builtIn: boolean("built_in").notNull().default(false),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(1000),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("training_types_key_unique").on(t.key),
    check(
      "training_types_category_check",
      sql`${t.category} in ('cardio', 'strength', 'martial_arts', 'mobility', 'mind_body', 'sports', 'everyday')`,
    ),
  ],
);

export type TrainingTypeRow = typeof trainingTypes.$inferSelect;
