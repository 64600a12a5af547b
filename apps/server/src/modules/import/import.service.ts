import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ImportJob, importMappingInput, SavedMapping } from "@mitai/shared";
import type { z } from "zod";
import { AppError, ConflictError, NotFoundError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import { MAX_FIT_BYTES } from "./formats/fit/garmin-fit.js";
import { GENERIC_FORMAT, GENERIC_LABEL, mappingProblems } from "./formats/generic.js";
import { fileImporters, knownFormats } from "./formats/index.js";
import {
  deleteMapping,
  failInterruptedJobs,
  findImportJob,
  insertImportJob,
  listImportJobs,
  listMappings,
  updateImportJob,
  upsertMapping,
} from "./import.repo.js";
import {
  type ImportContext,
  importerOf,
  kindList,
  removeFile,
  runAnalysis,
  runCommit,
  running,
} from "./import.run.js";
import { headerKey } from "./import.source.js";
import type { ImportJobRow } from "./import.table.js";
import { binaryKind, readHead } from "./reader/csv.js";

export type { ImportContext };

export function toImportJob(row: ImportJobRow): ImportJob {
  const live = running.get(row.id)?.progress;
  return {
    id: row.id,
    status: row.status,
    format: row.format,
    formatLabel:
      row.format === GENERIC_FORMAT
        ? GENERIC_LABEL
        : (knownFormats.find((i) => i.format === row.format)?.label ?? null),
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
    kinds: live ? kindList(live.kinds) : row.kinds,
    preview: row.preview,
    generic: row.generic,
    needsMapping: row.status === "ready" && row.format === GENERIC_FORMAT && !row.generic?.mapping,
    errors: row.errors,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Stores the upload as a file (streamed, never whole in memory), checks it is text or a binary
 * format the import reads (FIT), and starts the analysis.
 */
export async function startImport(
  ctx: ImportContext,
  actor: Actor,
  upload: { fileName: string; stream: Readable & { truncated?: boolean }; format?: string | undefined },
): Promise<string> {
  const wantsGeneric = upload.format === GENERIC_FORMAT;
  const requested = upload.format ? knownFormats.find((i) => i.format === upload.format) : undefined;
  if (upload.format && !requested && !wantsGeneric) {
    upload.stream.resume();
    throw new AppError(422, "validation_error", `Unknown format "${upload.format}"`, [
      {
        path: "format",
        message: `must be one of ${[...knownFormats.map((i) => i.format), GENERIC_FORMAT].join(", ")}`,
      },
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
  const head = await readHead(filePath);
  const binary = fileImporters.find((f) => f.recognizes(head));
  if (binary && size > MAX_FIT_BYTES) {
    await removeFile(filePath);
    throw new AppError(
      413,
      "payload_too_large",
      `A ${binary.label} can be at most ${MAX_FIT_BYTES / 1024 / 1024} MB; this one is ${Math.round(size / 1024 / 1024)} MB`,
    );
  }
  const kind = binary ? null : binaryKind(head);
  if (kind) {
    await removeFile(filePath);
    throw new AppError(415, "unsupported_file", `This is ${kind}, not a CSV export that can be imported`);
  }
  const job = await insertImportJob(ctx.db, {
    id,
    profileId: actor.profile.id,
    status: "analyzing",
    format: wantsGeneric ? GENERIC_FORMAT : (requested?.format ?? null),
    fileName: upload.fileName.slice(0, 255),
    filePath,
    totalBytes: size,
  });
  void runAnalysis(ctx, job, filePath, actor.profile.timeZone, requested);
  return id;
}

/**
 * Applies the user's mapping of a generic CSV's columns and analyses the file again with it;
 * remembers it for the next file with the same headers unless told not to.
 */
export async function mapImport(
  ctx: ImportContext,
  actor: Actor,
  id: string,
  input: z.output<typeof importMappingInput>,
): Promise<ImportJob> {
  const job = await findImportJob(ctx.db, actor.profile.id, id);
  if (!job) throw new NotFoundError("Import");
  if (job.status !== "ready" || job.format !== GENERIC_FORMAT || !job.generic || !job.filePath) {
    throw new ConflictError(
      "import_not_mappable",
      job.status === "ready"
        ? "This file's format is known; its columns need no mapping"
        : `The import is ${job.status}; only a ready CSV can be mapped`,
    );
  }
  const { remember, ...mapping } = input;
  const problems = mappingProblems(mapping, job.generic.headers);
  if (problems.length > 0) {
    throw new AppError(
      422,
      "validation_error",
      `The mapping does not fit the file: ${problems.map(([p, m]) => `${p} ${m}`).join("; ")}`,
      problems.map(([path, message]) => ({ path, message })),
    );
  }
  const restarted = await updateImportJob(ctx.db, id, ["ready"], {
    status: "analyzing",
    generic: { ...job.generic, mapping },
    bytesRead: 0,
    rows: 0,
    countNew: 0,
    countDuplicate: 0,
    countInvalid: 0,
    kinds: [],
    preview: [],
    errors: [],
  });
  if (!restarted) throw new ConflictError("import_not_mappable", "The import changed meanwhile; try again");
  if (remember) {
    await upsertMapping(ctx.db, {
      profileId: actor.profile.id,
      headerKey: headerKey(job.generic.headers),
      headers: job.generic.headers,
      ...mapping,
    });
  }
  void runAnalysis(ctx, restarted, job.filePath, actor.profile.timeZone, undefined);
  return toImportJob(restarted);
}

export async function listSavedMappings(ctx: ImportContext, actor: Actor): Promise<SavedMapping[]> {
  return (await listMappings(ctx.db, actor.profile.id)).map((m) => ({
    id: m.id,
    headers: m.headers,
    kind: m.kind,
    fields: m.fields,
    dateOrder: m.dateOrder,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  }));
}

export async function forgetMapping(ctx: ImportContext, actor: Actor, id: string): Promise<void> {
  if (!(await deleteMapping(ctx.db, actor.profile.id, id))) throw new NotFoundError("Mapping");
}

export async function commitImport(ctx: ImportContext, actor: Actor, id: string): Promise<ImportJob> {
  const job = await findImportJob(ctx.db, actor.profile.id, id);
  if (!job) throw new NotFoundError("Import");
  if (job.status === "ready" && job.format === GENERIC_FORMAT && !job.generic?.mapping) {
    throw new ConflictError("mapping_required", "Map the file's columns to fields before importing it");
  }
  const importer = importerOf(job);
  if (job.status === "ready" && !importer)
    throw new ConflictError("import_not_ready", "The import's format is no longer known");
  const started = await updateImportJob(ctx.db, id, ["ready"], { status: "committing" });
  if (!started || !job.filePath || !importer) {
    throw new ConflictError(
      "import_not_ready",
      `The import is ${job.status}; only a ready import can be committed`,
    );
  }
  void runCommit(ctx, started, job.filePath, actor.profile.id, actor.profile.timeZone, importer);
  return toImportJob(started);
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
export async function recoverInterruptedImports(ctx: Omit<ImportContext, "bulk">): Promise<void> {
  const before = ctx.dbKind === "pglite" ? null : new Date(Date.now() - 3_600_000);
  const failed = await failInterruptedJobs(ctx.db, before);
  for (const job of failed) await removeFile(job.filePath);
  if (failed.length > 0)
    ctx.log.warn({ count: failed.length }, "imports interrupted by the last stop were failed");
}
