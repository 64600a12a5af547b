import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

export type PreviewRow = Record<string, string | number | boolean | null>;
export type ImportErrorRow = { row: number; reason: string };

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
    preview: jsonb("preview").$type<PreviewRow[]>().notNull().default([]),
    errors: jsonb("errors").$type<ImportErrorRow[]>().notNull().default([]),
    error: text("error"),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    ...timestamps(),
  },
  (t) => [index("import_jobs_profile_idx").on(t.profileId, t.createdAt.desc())],
);

export type ImportJobRow = typeof importJobs.$inferSelect;
