import { z } from "zod";

export const importStatuses = ["analyzing", "ready", "committing", "done", "failed", "cancelled"] as const;
export const importStatus = z.enum(importStatuses);
export type ImportStatus = z.infer<typeof importStatus>;

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const importJob = z
  .object({
    id: z.uuid(),
    status: importStatus,
    /** The detected (or requested) format, e.g. `omron_csv`; null until known. */
    format: z.string().nullable(),
    formatLabel: z.string().nullable(),
    fileName: z.string(),
    progress: z.object({ bytesRead: z.number(), totalBytes: z.number(), rows: z.int() }),
    /** Rows that will be added, rows already there (or twice in the file), rows that cannot be read. */
    counts: z.object({ new: z.int(), duplicate: z.int(), invalid: z.int() }),
    /** The first rows as they will be stored. */
    preview: z.array(z.record(z.string(), cellValue)),
    /** The first 100 rows that could not be read, with the file's line number. */
    errors: z.array(z.object({ row: z.int(), reason: z.string() })),
    /** Why the job failed, when it did. */
    error: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    finishedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: "ImportJob" });
export type ImportJob = z.infer<typeof importJob>;

export const importCreated = z.object({ id: z.uuid() }).meta({ id: "ImportCreated" });
