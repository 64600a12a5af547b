import type { ColumnMapping, ImportKind } from "@mitai/shared";
import {
  bigint,
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

export type PreviewRow = Record<string, string | number | boolean | null>;
export type ImportErrorRow = { row: number; reason: string };
export type KindCounts = { kind: ImportKind; new: number; duplicate: number };
export type GenericState = { headers: string[]; sample: string[][]; mapping: ColumnMapping | null };

/** One uploaded file on its way in: analysed, then committed in one transaction, or cancelled. */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    status: text("status", {
      enum: ["analyzing", "ready", "committing", "done", "failed", "cancelled"],
    }).notNull(),
    format: text("format"),
    fileName: text("file_name").notNull(),
    filePath: text("file_path"),
    totalBytes: bigint("total_bytes", { mode: "number" }).notNull().default(0),
    bytesRead: bigint("bytes_read", { mode: "number" }).notNull().default(0),
    rows: integer("rows").notNull().default(0),
    countNew: integer("count_new").notNull().default(0),
    countDuplicate: integer("count_duplicate").notNull().default(0),
    countInvalid: integer("count_invalid").notNull().default(0),
    kinds: jsonb("kinds").$type<KindCounts[]>().notNull().default([]),
    preview: jsonb("preview").$type<PreviewRow[]>().notNull().default([]),
    /** A generic CSV's headers, first rows and the user's mapping; null for a known format. */
    generic: jsonb("generic").$type<GenericState>(),
    errors: jsonb("errors").$type<ImportErrorRow[]>().notNull().default([]),
    error: text("error"),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    ...timestamps(),
  },
  (t) => [index("import_jobs_profile_idx").on(t.profileId, t.createdAt.desc())],
);

export type ImportJobRow = typeof importJobs.$inferSelect;

/** A generic CSV mapping the profile chose, remembered for the next file with the same headers. */
export const importMappings = pgTable(
  "import_mappings",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    /** SHA-256 of the normalized headers: how the next file is recognized. */
    headerKey: text("header_key").notNull(),
    headers: jsonb("headers").$type<string[]>().notNull(),
    kind: text("kind", { enum: ["blood_pressure", "vitals", "sleep", "nutrition"] }).notNull(),
    fields: jsonb("fields").$type<Record<string, string>>().notNull(),
    dateOrder: text("date_order", { enum: ["mdy", "dmy"] })
      .notNull()
      .default("mdy"),
    ...timestamps(),
  },
  (t) => [uniqueIndex("import_mappings_profile_header_unique").on(t.profileId, t.headerKey)],
);

export type ImportMappingRow = typeof importMappings.$inferSelect;
