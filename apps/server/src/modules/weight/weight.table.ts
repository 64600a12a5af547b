import { sql } from "drizzle-orm";
import { check, date, doublePrecision, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

export const weightLog = pgTable(
  "weight_log",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    weight: doublePrecision("weight").notNull(),
    note: text("note"),
    source: text("source").notNull().default("manual"),
    externalId: text("external_id"),
    ...timestamps(),
  },
  (t) => [
    index("weight_log_profile_date_idx").on(t.profileId, t.date.desc()),
    uniqueIndex("weight_log_profile_date_unique").on(t.profileId, t.date),
    check("weight_log_weight_check", sql`${t.weight} between 20 and 400`),
  ],
);

export type WeightRow = typeof weightLog.$inferSelect;
