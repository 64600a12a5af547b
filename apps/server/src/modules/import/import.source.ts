import { createHash } from "node:crypto";
import type { ColumnMapping } from "@mitai/shared";
import { AppError } from "../../errors.js";
import { normalizeHeader } from "./formats/cells.js";
import { GENERIC_FORMAT, genericImporter, isMappableHeader } from "./formats/generic.js";
import { type AnyImporter, fileImporters, importers } from "./formats/index.js";
import type { Batch, FileImporter, Importer, RowMapper } from "./formats/types.js";
import { openPass, type Pass } from "./import.pass.js";
import { findMappingByHeaderKey } from "./import.repo.js";
import type { ImportContext } from "./import.run.js";
import type { GenericState, ImportJobRow } from "./import.table.js";
import { readHead } from "./reader/csv.js";

/*
 * Where a file's records come from: a format recognized by its first bytes (FIT) reads the file
 * whole; anything else is a CSV, streamed, whose header picks the importer.
 */

export type Reading = { signal: AbortSignal; timeZone: string; onBytes: (bytes: number) => void };

/** The file's importer and its records, or a generic CSV waiting for its columns to be mapped. */
export type Opened =
  | { importer: AnyImporter; generic: GenericState | null; batches: AsyncGenerator<Batch> }
  | { needsMapping: GenericState };

const SAMPLE_ROWS = 5;

/** SHA-256 of the normalized headers: how a remembered mapping recognizes its next file. */
export function headerKey(header: readonly string[]): string {
  return createHash("sha256").update(header.map(normalizeHeader).join("\u001f")).digest("hex");
}

const isFileImporter = (i: AnyImporter): i is FileImporter => "recognizes" in i;

async function binaryFormat(filePath: string): Promise<FileImporter | undefined> {
  const head = await readHead(filePath);
  return fileImporters.find((f) => f.recognizes(head));
}

/** Opens a file for its analysis: which importer reads it (see `resolve`), and its records. */
export async function openForAnalysis(
  ctx: ImportContext,
  job: ImportJobRow,
  filePath: string,
  requested: AnyImporter | undefined,
  reading: Reading,
): Promise<Opened> {
  const binary = await binaryFormat(filePath);
  if (binary) {
    if (requested && requested !== binary)
      throw new AppError(422, "unknown_format", `The file is a ${binary.label}, not a ${requested.label}`);
    return { importer: binary, generic: null, batches: binary.read(filePath, reading) };
  }
  if (requested && isFileImporter(requested))
    throw new AppError(422, "unknown_format", `The file is not a ${requested.label}`);
  const pass = await openPass(filePath, reading.signal, reading.onBytes);
  const resolved = await resolve(ctx, job, pass, requested);
  if ("needsMapping" in resolved) return resolved;
  const { importer, mapper, generic } = resolved;
  return { importer, generic, batches: pass.batches(mapper, reading) };
}

/** Opens a file again for its commit, with the importer its analysis found. */
export async function openForCommit(
  importer: AnyImporter,
  filePath: string,
  reading: Reading,
): Promise<AsyncGenerator<Batch>> {
  if (isFileImporter(importer)) {
    if ((await binaryFormat(filePath)) !== importer)
      throw new AppError(422, "unknown_format", "The file changed since it was analysed");
    return importer.read(filePath, reading);
  }
  const pass = await openPass(filePath, reading.signal, reading.onBytes);
  const mapper = importer.match(pass.header);
  if (!mapper) throw new AppError(422, "unknown_format", "The file changed since it was analysed");
  return pass.batches(mapper, reading);
}

type Resolved =
  | { importer: Importer; mapper: RowMapper; generic: GenericState | null }
  | { needsMapping: GenericState };

/**
 * Which importer reads this CSV: the user's mapping of a generic CSV; else the requested format;
 * else the first known format whose header this is; else a mapping remembered for these headers;
 * else, for a table with named columns, the user is asked to map them.
 */
async function resolve(
  ctx: ImportContext,
  job: ImportJobRow,
  pass: Pass,
  requested: Importer | undefined,
): Promise<Resolved> {
  const { header } = pass;
  const generic = async (mapping: ColumnMapping | null): Promise<Resolved> => {
    const state: GenericState = { headers: header, sample: await pass.peek(SAMPLE_ROWS), mapping };
    if (!mapping) return { needsMapping: state };
    const importer = genericImporter(mapping);
    const mapper = importer.match(header);
    if (!mapper) throw new AppError(422, "unknown_format", "The file's columns do not fit the mapping");
    return { importer, mapper, generic: state };
  };
  if (job.generic?.mapping) return generic(job.generic.mapping);
  const wantsGeneric = job.format === GENERIC_FORMAT;
  if (!wantsGeneric) {
    for (const candidate of requested ? [requested] : importers) {
      const mapper = candidate.match(header);
      if (mapper) return { importer: candidate, mapper, generic: null };
    }
  }
  const seen = header.slice(0, 6).join(", ").slice(0, 120);
  if (requested)
    throw new AppError(
      422,
      "unknown_format",
      `The file is not a ${requested.label}: its first line reads "${seen}"`,
    );
  if (!isMappableHeader(header))
    throw new AppError(422, "unknown_format", `Not a known export: its first line reads "${seen}"`);
  const saved = await findMappingByHeaderKey(ctx.db, job.profileId, headerKey(header));
  return generic(saved ? { kind: saved.kind, fields: saved.fields, dateOrder: saved.dateOrder } : null);
}
