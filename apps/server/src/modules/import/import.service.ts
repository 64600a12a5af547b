import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ImportJob } from "@mitai/shared";
import type { FastifyBaseLogger } from "fastify";
import type { Database, DatabaseKind } from "../../db/client.js";
import { AppError, ConflictError, NotFoundError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import { importers } from "./formats/index.js";
import type { BloodPressureImport, Importer, RowMapper } from "./formats/types.js";
import {
  failInterruptedJobs,
  findImportJob,
  insertImportJob,
  listImportJobs,
  updateImportJob,
} from "./import.repo.js";
import type { ImportErrorRow, ImportJobRow, PreviewRow } from "./import.table.js";
import { binaryKind, readCsv, readHead, sniffCsv } from "./reader/csv.js";
import { existingInstants, insertReadings, previewOf } from "./targets/blood-pressure.js";

export type ImportContext = { db: Database; dbKind: DatabaseKind; dataDir: string; log: FastifyBaseLogger };

const PREVIEW_ROWS = 20;
const MAX_ERRORS = 100;
const BATCH = 5000;
const PROGRESS_EVERY_MS = 250;

type Progress = { bytesRead: number; rows: number; new: number; duplicate: number; invalid: number };

/**
 * Jobs running in this process: how to stop them, how far they are (live, between writes), and the
 * job as it was when it started — answered from memory, since on PGlite a commit's transaction
 * holds the database until it ends.
 */
const running = new Map<string, { controller: AbortController; progress: Progress; job: ImportJobRow }>();

export function toImportJob(row: ImportJobRow): ImportJob {
  const live = running.get(row.id)?.progress;
  return {
    id: row.id,
    status: row.status,
    format: row.format,
    formatLabel: importers.find((i) => i.format === row.format)?.label ?? null,
    fileName: row.fileName,
    progress: {
      bytesRead: live?.bytesRead ?? row.bytesRead,
      totalBytes: row.totalBytes,
      rows: live?.rows ?? row.rows,
    },
    counts: {
      new: live?.new ?? row.countNew,
      duplicate: live?.duplicate ?? row.countDuplicate,
      invalid: live?.invalid ?? row.countInvalid,
    },
    preview: row.preview,
    errors: row.errors,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

function removeFile(filePath: string | null) {
  return filePath ? rm(filePath, { force: true }) : Promise.resolve();
}

/** Stores the upload as a file (streamed, never whole in memory), checks it is text, and starts the analysis. */
export async function startImport(
  ctx: ImportContext,
  actor: Actor,
  upload: { fileName: string; stream: Readable & { truncated?: boolean }; format?: string | undefined },
): Promise<string> {
  const requested = upload.format ? importers.find((i) => i.format === upload.format) : undefined;
  if (upload.format && !requested) {
    upload.stream.resume();
    throw new AppError(422, "validation_error", `Unknown format "${upload.format}"`, [
      { path: "format", message: `must be one of ${importers.map((i) => i.format).join(", ")}` },
    ]);
  }
  const dir = path.join(ctx.dataDir, "imports");
  await mkdir(dir, { recursive: true });
  const id = randomUUID();
  const filePath = path.join(dir, `${id}.upload`);
  try {
    await pipeline(upload.stream, createWriteStream(filePath));
  } catch (err) {
    await removeFile(filePath);
    throw err;
  }
  if (upload.stream.truncated) {
    await removeFile(filePath);
    throw new AppError(413, "payload_too_large", "The file is larger than imports accept");
  }
  const { size } = await stat(filePath);
  if (size === 0) {
    await removeFile(filePath);
    throw new AppError(422, "empty_file", "The file is empty");
  }
  const kind = binaryKind(await readHead(filePath));
  if (kind) {
    await removeFile(filePath);
    throw new AppError(415, "unsupported_file", `This is ${kind}, not a CSV export that can be imported`);
  }
  const job = await insertImportJob(ctx.db, {
    id,
    profileId: actor.profile.id,
    status: "analyzing",
    format: requested?.format ?? null,
    fileName: upload.fileName.slice(0, 255),
    filePath,
    totalBytes: size,
  });
  void runAnalysis(ctx, job, filePath, actor.profile.timeZone, requested);
  return id;
}

type Pass = {
  importer: Importer;
  /** Rows in order, in batches; `line` is the file's line number. */
  batches: AsyncGenerator<{ rows: BloodPressureImport[]; errors: ImportErrorRow[]; lines: number }>;
};

/** Reads the file once: finds the format by its header, then maps the rows in batches. */
async function openPass(
  filePath: string,
  timeZone: string,
  progress: Progress,
  signal: AbortSignal,
  requested: Importer | undefined,
): Promise<Pass> {
  const shape = sniffCsv(await readHead(filePath));
  const records = readCsv(filePath, shape, {
    signal,
    onBytes: (b) => {
      progress.bytesRead = b;
    },
  });
  let mapper: RowMapper | null = null;
  let importer: Importer | undefined;
  const first = await records.next();
  if (first.done) throw new AppError(422, "empty_file", "The file holds no rows");
  const header = first.value.cells;
  for (const candidate of requested ? [requested] : importers) {
    mapper = candidate.match(header);
    if (mapper) {
      importer = candidate;
      break;
    }
  }
  if (!mapper || !importer) {
    const seen = header.slice(0, 6).join(", ").slice(0, 120);
    throw new AppError(
      422,
      "unknown_format",
      requested
        ? `The file is not a ${requested.label}: its first line reads "${seen}"`
        : `Not a known export: its first line reads "${seen}"`,
    );
  }
  const map = mapper;
  async function* batches() {
    let rows: BloodPressureImport[] = [];
    let errors: ImportErrorRow[] = [];
    let lines = 0;
    for await (const record of records) {
      const result = map(record.cells, { timeZone });
      lines = record.line;
      if (result.kind === "end") break;
      if (result.kind === "skip") continue;
      if (result.kind === "invalid") errors.push({ row: record.line, reason: result.reason });
      else rows.push(result.row);
      if (rows.length + errors.length >= BATCH) {
        yield { rows, errors, lines };
        rows = [];
        errors = [];
      }
    }
    yield { rows, errors, lines };
  }
  return { importer, batches: batches() };
}

function failure(err: unknown): string {
  if (err instanceof AppError) return err.message;
  return "The file could not be read";
}

async function runAnalysis(
  ctx: ImportContext,
  job: ImportJobRow,
  filePath: string,
  timeZone: string,
  requested: Importer | undefined,
) {
  const { id, profileId } = job;
  const controller = new AbortController();
  const progress: Progress = { bytesRead: 0, rows: 0, new: 0, duplicate: 0, invalid: 0 };
  running.set(id, { controller, progress, job });
  const preview: PreviewRow[] = [];
  const errors: ImportErrorRow[] = [];
  let lastWrite = Date.now();
  try {
    const pass = await openPass(filePath, timeZone, progress, controller.signal, requested);
    job.format = pass.importer.format;
    await updateImportJob(ctx.db, id, ["analyzing"], { format: pass.importer.format });
    const seen = new Set<number>();
    for await (const batch of pass.batches) {
      const existing = await existingInstants(
        ctx.db,
        profileId,
        pass.importer.source,
        batch.rows.map((r) => r.measuredAt),
      );
      for (const r of batch.rows) {
        const key = r.measuredAt.getTime();
        if (existing.has(key) || seen.has(key)) progress.duplicate++;
        else progress.new++;
        seen.add(key);
        if (preview.length < PREVIEW_ROWS) preview.push(previewOf(r));
      }
      progress.invalid += batch.errors.length;
      for (const e of batch.errors) if (errors.length < MAX_ERRORS) errors.push(e);
      progress.rows += batch.rows.length + batch.errors.length;
      if (Date.now() - lastWrite > PROGRESS_EVERY_MS) {
        lastWrite = Date.now();
        await updateImportJob(ctx.db, id, ["analyzing"], {
          bytesRead: progress.bytesRead,
          rows: progress.rows,
        });
      }
    }
    await updateImportJob(ctx.db, id, ["analyzing"], {
      status: "ready",
      bytesRead: progress.bytesRead,
      rows: progress.rows,
      countNew: progress.new,
      countDuplicate: progress.duplicate,
      countInvalid: progress.invalid,
      preview,
      errors,
    });
  } catch (err) {
    if (!controller.signal.aborted) {
      if (!(err instanceof AppError)) ctx.log.error({ err, importId: id }, "import analysis failed");
      const failed = await updateImportJob(ctx.db, id, ["analyzing"], {
        status: "failed",
        error: failure(err),
        finishedAt: new Date(),
        filePath: null,
      });
      if (failed) await removeFile(filePath);
    }
  } finally {
    running.delete(id);
  }
}

export async function commitImport(ctx: ImportContext, actor: Actor, id: string): Promise<ImportJob> {
  const job = await findImportJob(ctx.db, actor.profile.id, id);
  if (!job) throw new NotFoundError("Import");
  const started = await updateImportJob(ctx.db, id, ["ready"], { status: "committing" });
  if (!started || !job.filePath || !job.format) {
    throw new ConflictError(
      "import_not_ready",
      `The import is ${job.status}; only a ready import can be committed`,
    );
  }
  const importer = importers.find((i) => i.format === job.format);
  if (!importer) throw new ConflictError("import_not_ready", "The import's format is no longer known");
  void runCommit(ctx, started, job.filePath, actor.profile.id, actor.profile.timeZone, importer);
  return toImportJob(started);
}

class Cancelled extends Error {}

async function runCommit(
  ctx: ImportContext,
  job: ImportJobRow,
  filePath: string,
  profileId: string,
  timeZone: string,
  importer: Importer,
) {
  const controller = new AbortController();
  const progress: Progress = { bytesRead: 0, rows: 0, new: 0, duplicate: 0, invalid: 0 };
  running.set(job.id, { controller, progress, job });
  try {
    // One transaction: a crash, a failure or a cancel leaves nothing of the file behind.
    await ctx.db.transaction(async (tx) => {
      const pass = await openPass(filePath, timeZone, progress, controller.signal, importer);
      for await (const batch of pass.batches) {
        if (controller.signal.aborted) throw new Cancelled();
        const inserted = await insertReadings(tx, profileId, importer.source, batch.rows);
        progress.new += inserted;
        progress.duplicate += batch.rows.length - inserted;
        progress.invalid += batch.errors.length;
        progress.rows += batch.rows.length + batch.errors.length;
      }
      if (controller.signal.aborted) throw new Cancelled();
    });
    await updateImportJob(ctx.db, job.id, ["committing"], {
      status: "done",
      bytesRead: progress.bytesRead,
      rows: progress.rows,
      countNew: progress.new,
      countDuplicate: progress.duplicate,
      countInvalid: progress.invalid,
      finishedAt: new Date(),
      filePath: null,
    });
  } catch (err) {
    if (!(err instanceof Cancelled) && !controller.signal.aborted) {
      ctx.log.error({ err, importId: job.id }, "import commit failed");
      await updateImportJob(ctx.db, job.id, ["committing"], {
        status: "failed",
        error: `${failure(err)}; nothing was imported`,
        finishedAt: new Date(),
        filePath: null,
      });
    }
  } finally {
    running.delete(job.id);
    await removeFile(filePath);
  }
}

/** Stops an import that has not finished; a commit in progress is rolled back whole. */
export async function cancelImport(ctx: ImportContext, actor: Actor, id: string): Promise<void> {
  const live = running.get(id);
  if (live && live.job.profileId === actor.profile.id && live.job.status === "committing") {
    // The commit's transaction holds PGlite: stop it first, its rollback frees the database.
    live.controller.abort();
  }
  const job = await findImportJob(ctx.db, actor.profile.id, id);
  if (!job) throw new NotFoundError("Import");
  const cancelled = await updateImportJob(ctx.db, id, ["analyzing", "ready", "committing"], {
    status: "cancelled",
    finishedAt: new Date(),
    filePath: null,
  });
  if (!cancelled) throw new ConflictError("import_finished", `The import is ${job.status} already`);
  running.get(id)?.controller.abort();
  if (!running.has(id)) await removeFile(job.filePath);
}

export async function getImport(ctx: ImportContext, actor: Actor, id: string): Promise<ImportJob> {
  const live = running.get(id);
  if (live && live.job.profileId === actor.profile.id) return toImportJob(live.job);
  const job = await findImportJob(ctx.db, actor.profile.id, id);
  if (!job) throw new NotFoundError("Import");
  return toImportJob(job);
}

export async function listImports(ctx: ImportContext, actor: Actor): Promise<ImportJob[]> {
  return (await listImportJobs(ctx.db, actor.profile.id)).map(toImportJob);
}

/**
 * At start-up: jobs left running by a stopped process are failed. With PGlite this process is the
 * only one; on PostgreSQL other processes may be running imports, so only jobs quiet for an hour count.
 */
export async function recoverInterruptedImports(ctx: ImportContext): Promise<void> {
  const before = ctx.dbKind === "pglite" ? null : new Date(Date.now() - 3_600_000);
  const failed = await failInterruptedJobs(ctx.db, before);
  for (const job of failed) await removeFile(job.filePath);
  if (failed.length > 0)
    ctx.log.warn({ count: failed.length }, "imports interrupted by the last stop were failed");
}
