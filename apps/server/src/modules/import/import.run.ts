import { rm } from "node:fs/promises";
import { type ImportKind, importKinds } from "@mitai/shared";
import { sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { BulkTransaction, CopyRows, Database, DatabaseKind } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { GENERIC_FORMAT, genericImporter } from "./formats/generic.js";
import { type AnyImporter, knownFormats } from "./formats/index.js";
import type { ImportRows } from "./formats/types.js";
import { type Folded, foldedChunks, foldRows, newFolded } from "./import.fold.js";
import { groupByKind, readAhead } from "./import.pass.js";
import { updateImportJob } from "./import.repo.js";
import { openForAnalysis, openForCommit } from "./import.source.js";
import type { ImportErrorRow, ImportJobRow, KindCounts, PreviewRow } from "./import.table.js";
import { KeySet } from "./key-set.js";
import { targets } from "./targets/index.js";

export type ImportContext = {
  db: Database;
  dbKind: DatabaseKind;
  /** The commit's transaction, with COPY for the kinds that can take it. */
  bulk: BulkTransaction;
  dataDir: string;
  log: FastifyBaseLogger;
};

export function removeFile(filePath: string | null) {
  return filePath ? rm(filePath, { force: true }) : Promise.resolve();
}

/*
 * The background work of an import: the analysis pass (format, counts, preview, errors) and the
 * commit pass (one transaction), each reading the file once as a stream.
 */
const PREVIEW_PER_KIND = 10;
const MAX_ERRORS = 100;
const PROGRESS_EVERY_MS = 250;

export type Progress = {
  bytesRead: number;
  rows: number;
  new: number;
  duplicate: number;
  invalid: number;
  kinds: Record<ImportKind, KindCounts>;
};

function newProgress(): Progress {
  return { bytesRead: 0, rows: 0, new: 0, duplicate: 0, invalid: 0, kinds: emptyKinds() };
}

/**
 * Jobs running in this process: how to stop them, how far they are (live, between writes), and the
 * job as it was when it started — answered from memory, since on PGlite a commit's transaction
 * holds the database until it ends.
 */
export const running = new Map<
  string,
  { controller: AbortController; progress: Progress; job: ImportJobRow }
>();

function failure(err: unknown): string {
  if (err instanceof AppError) return err.message;
  return "The file could not be read";
}

function emptyKinds(): Record<ImportKind, KindCounts> {
  return {
    blood_pressure: { kind: "blood_pressure", new: 0, duplicate: 0 },
    vitals: { kind: "vitals", new: 0, duplicate: 0 },
    sleep: { kind: "sleep", new: 0, duplicate: 0 },
    activity: { kind: "activity", new: 0, duplicate: 0 },
    nutrition: { kind: "nutrition", new: 0, duplicate: 0 },
  };
}

/** The kinds the file held, for the job's answer. */
export function kindList(kinds: Record<ImportKind, KindCounts>): KindCounts[] {
  return importKinds.map((k) => kinds[k]).filter((k) => k.new + k.duplicate > 0);
}

type Seen = Record<ImportKind, KeySet>;
const newSeen = (): Seen => ({
  blood_pressure: new KeySet(),
  vitals: new KeySet(),
  sleep: new KeySet(),
  activity: new KeySet(),
  nutrition: new KeySet(),
});

/**
 * The batch's rows made ready to count or store (`Target.prepare`), without those that cannot be
 * stored (a day summed beyond an entry's limits): each of those is counted invalid and its error
 * handed to `reject`.
 */
async function preparedRows<K extends ImportKind>(
  db: Database,
  profileId: string,
  kind: K,
  batch: ImportRows[K][],
  progress: Progress,
  reject: (error: ImportErrorRow) => void,
): Promise<ImportRows[K][]> {
  const target = targets[kind];
  const rows = target.prepare ? await target.prepare(db, profileId, batch) : batch;
  const invalid = target.invalid;
  if (!invalid) return rows;
  return rows.filter((r) => {
    const error = invalid(r);
    if (!error) return true;
    progress.invalid++;
    reject(error);
    return false;
  });
}

/**
 * Which of a batch's rows are new: not stored for the profile, and not earlier in the file (`seen`
 * keeps the keys the file has given so far). To be called once per row, in file order.
 */
async function newRowTest<K extends ImportKind>(
  db: Database,
  profileId: string,
  source: string,
  kind: K,
  rows: ImportRows[K][],
  seen: Seen,
): Promise<(row: ImportRows[K]) => boolean> {
  const target = targets[kind];
  const existing = await target.existing(db, profileId, source, rows);
  const keys = seen[kind];
  return (r) => {
    const key = target.key(r);
    return !existing.has(key) && keys.add(key);
  };
}

type AnalysisState = {
  progress: Progress;
  seen: Seen;
  folded: Folded;
  preview: PreviewRow[];
  errors: ImportErrorRow[];
};

/** Counts one kind's rows of a batch as new or already there (stored, or earlier in the file). */
async function analyseKind<K extends ImportKind>(
  ctx: ImportContext,
  job: ImportJobRow,
  source: string,
  kind: K,
  batch: ImportRows[K][],
  state: AnalysisState,
) {
  if (batch.length === 0) return;
  const target = targets[kind];
  const rows = await preparedRows(ctx.db, job.profileId, kind, batch, state.progress, (e) => {
    if (state.errors.length < MAX_ERRORS) state.errors.push(e);
  });
  const isNew = await newRowTest(ctx.db, job.profileId, source, kind, rows, state.seen);
  const counts = state.progress.kinds[kind];
  let previewed = state.preview.filter((p) => p.kind === kind).length;
  for (const r of rows) {
    if (isNew(r)) {
      counts.new++;
      state.progress.new++;
    } else {
      counts.duplicate++;
      state.progress.duplicate++;
    }
    if (previewed < PREVIEW_PER_KIND) {
      state.preview.push(target.preview(r));
      previewed++;
    }
  }
}

export async function runAnalysis(
  ctx: ImportContext,
  job: ImportJobRow,
  filePath: string,
  timeZone: string,
  requested: AnyImporter | undefined,
) {
  const { id } = job;
  const controller = new AbortController();
  const progress = newProgress();
  running.set(id, { controller, progress, job });
  const preview: PreviewRow[] = [];
  const errors: ImportErrorRow[] = [];
  let lastWrite = Date.now();
  try {
    const opened = await openForAnalysis(ctx, job, filePath, requested, {
      signal: controller.signal,
      timeZone,
      onBytes: (b) => {
        progress.bytesRead = b;
      },
    });
    if ("needsMapping" in opened) {
      await updateImportJob(ctx.db, id, ["analyzing"], {
        status: "ready",
        format: GENERIC_FORMAT,
        generic: opened.needsMapping,
        kinds: [],
        preview: [],
        errors: [],
      });
      return;
    }
    const { importer, batches } = opened;
    job.format = importer.format;
    job.generic = opened.generic;
    await updateImportJob(ctx.db, id, ["analyzing"], { format: importer.format, generic: opened.generic });
    const state: AnalysisState = { progress, seen: newSeen(), folded: newFolded(), preview, errors };
    for await (const batch of readAhead(batches)) {
      const groups = groupByKind(batch.records);
      for (const kind of importKinds)
        if (!foldRows(state.folded, kind, groups[kind]))
          await analyseKind(ctx, job, importer.source, kind, groups[kind], state);
      progress.invalid += batch.errors.length;
      for (const e of batch.errors) if (errors.length < MAX_ERRORS) errors.push(e);
      progress.rows += batch.rows;
      if (Date.now() - lastWrite > PROGRESS_EVERY_MS) {
        lastWrite = Date.now();
        await updateImportJob(ctx.db, id, ["analyzing"], {
          bytesRead: progress.bytesRead,
          rows: progress.rows,
        });
      }
    }
    for (const kind of importKinds)
      for (const rows of foldedChunks(state.folded, kind))
        await analyseKind(ctx, job, importer.source, kind, rows, state);
    // The days summed over the file are reported after its rows: in file order again.
    errors.sort((a, b) => a.row - b.row);
    await updateImportJob(ctx.db, id, ["analyzing"], {
      status: "ready",
      bytesRead: progress.bytesRead,
      rows: progress.rows,
      countNew: progress.new,
      countDuplicate: progress.duplicate,
      countInvalid: progress.invalid,
      kinds: kindList(progress.kinds),
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

class Cancelled extends Error {}

/** Stores one kind's rows of a batch; what was there already is counted, not stored again. */
async function commitKind<K extends ImportKind>(
  tx: Database,
  copy: CopyRows,
  profileId: string,
  source: string,
  kind: K,
  batch: ImportRows[K][],
  state: { progress: Progress; seen: Seen },
) {
  if (batch.length === 0) return;
  const target = targets[kind];
  // The analysis reported the rows that cannot be stored; here they are only counted again.
  const rows = await preparedRows(tx, profileId, kind, batch, state.progress, () => undefined);
  let inserted: number;
  if (target.copyNew) {
    const fresh = rows.filter(await newRowTest(tx, profileId, source, kind, rows, state.seen));
    inserted = await target.copyNew(copy, profileId, source, fresh);
  } else inserted = await target.insert(tx, profileId, source, rows);
  const { progress } = state;
  progress.new += inserted;
  progress.duplicate += rows.length - inserted;
  progress.kinds[kind].new += inserted;
  progress.kinds[kind].duplicate += rows.length - inserted;
}

export async function runCommit(
  ctx: ImportContext,
  job: ImportJobRow,
  filePath: string,
  profileId: string,
  timeZone: string,
  importer: AnyImporter,
) {
  const controller = new AbortController();
  const progress = newProgress();
  running.set(job.id, { controller, progress, job });
  try {
    // One transaction: a crash, a failure or a cancel leaves nothing of the file behind.
    await ctx.bulk(async (tx, copy) => {
      // Commits into one profile take turns, so rows found new here stay new until they are copied.
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtextextended(${`mitai.import:${profileId}`}, 0))`,
      );
      const state = { progress, seen: newSeen() };
      const folded = newFolded();
      const batches = await openForCommit(importer, filePath, {
        signal: controller.signal,
        timeZone,
        onBytes: (b) => {
          progress.bytesRead = b;
        },
      });
      for await (const batch of readAhead(batches)) {
        if (controller.signal.aborted) throw new Cancelled();
        const groups = groupByKind(batch.records);
        for (const kind of importKinds)
          if (!foldRows(folded, kind, groups[kind]))
            await commitKind(tx, copy, profileId, importer.source, kind, groups[kind], state);
        progress.invalid += batch.errors.length;
        progress.rows += batch.rows;
      }
      for (const kind of importKinds) {
        for (const rows of foldedChunks(folded, kind)) {
          if (controller.signal.aborted) throw new Cancelled();
          await commitKind(tx, copy, profileId, importer.source, kind, rows, state);
        }
      }
      if (controller.signal.aborted) throw new Cancelled();
    });
    // The file goes before the job says done: whoever sees "done" finds nothing left behind.
    await removeFile(filePath);
    await updateImportJob(ctx.db, job.id, ["committing"], {
      status: "done",
      bytesRead: progress.bytesRead,
      rows: progress.rows,
      countNew: progress.new,
      countDuplicate: progress.duplicate,
      countInvalid: progress.invalid,
      kinds: kindList(progress.kinds),
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

/** The importer a ready job was analysed with. */
export function importerOf(job: ImportJobRow): AnyImporter | null {
  if (job.format === GENERIC_FORMAT)
    return job.generic?.mapping ? genericImporter(job.generic.mapping) : null;
  return knownFormats.find((i) => i.format === job.format) ?? null;
}
