import type { ImportKind } from "@mitai/shared";
import { AppError } from "../../errors.js";
import type { Batch, ImportRecord, ImportRows, RowContext, RowMapper } from "./formats/types.js";
import { type CsvRecord, readCsvChunks, readHead, sniffCsv } from "./reader/csv.js";

const BATCH = 5000;

export type { Batch };

/** One reading of a file: its header, a look at its first rows, then its rows mapped in batches. */
export type Pass = {
  header: string[];
  /** The first `n` data rows as read (kept, so the batches still start with them). */
  peek(n: number): Promise<string[][]>;
  batches(mapper: RowMapper, ctx: RowContext): AsyncGenerator<Batch>;
};

/** Opens the file (streamed, never whole in memory) and reads its header. */
export async function openPass(
  filePath: string,
  signal: AbortSignal,
  onBytes: (bytes: number) => void,
): Promise<Pass> {
  const shape = sniffCsv(await readHead(filePath));
  // Records arrive a chunk (~256 KiB) at a time: one await per chunk, not per row.
  const chunks = readCsvChunks(filePath, shape, { signal, onBytes });
  const pending: CsvRecord[] = [];
  let at = 0;
  const fill = async (): Promise<boolean> => {
    const next = await chunks.next();
    if (next.done) return false;
    for (const r of next.value) pending.push(r);
    return true;
  };
  while (pending.length === 0) if (!(await fill())) break;
  const header = pending[0];
  if (!header) throw new AppError(422, "empty_file", "The file holds no rows");
  at = 1;
  return {
    header: header.cells,
    async peek(n) {
      while (pending.length - at < n) if (!(await fill())) break;
      return pending.slice(at, at + n).map((r) => r.cells);
    },
    async *batches(mapper, ctx) {
      let batch: Batch = { records: [], errors: [], rows: 0 };
      for (;;) {
        if (at >= pending.length) {
          pending.length = 0;
          at = 0;
          if (!(await fill())) break;
          continue;
        }
        const record = pending[at++];
        if (!record) continue;
        const result = mapper(record.cells, ctx, record.line);
        if (result.kind === "end") break;
        if (result.kind === "skip") continue;
        batch.rows++;
        if (result.kind === "invalid") batch.errors.push({ row: record.line, reason: result.reason });
        else {
          for (const r of result.records) batch.records.push(r);
          if (result.problem) batch.errors.push({ row: record.line, reason: result.problem });
        }
        if (batch.records.length + batch.errors.length >= BATCH) {
          yield batch;
          batch = { records: [], errors: [], rows: 0 };
        }
      }
      yield batch;
    },
  };
}

/**
 * The batches with the next one read ahead while the caller awaits the database: on PostgreSQL the
 * parsing then overlaps the server's work instead of adding to it.
 */
export async function* readAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let next = source.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = source.next();
      // A batch read ahead that fails is reported when it is awaited, not as an unhandled rejection.
      next.catch(() => undefined);
      yield current.value;
    }
  } finally {
    await source.return(undefined);
  }
}

export type Groups = { [K in ImportKind]: ImportRows[K][] };

/** A batch's records sorted by kind, in file order within each. */
export function groupByKind(records: readonly ImportRecord[]): Groups {
  const groups: Groups = { blood_pressure: [], vitals: [], sleep: [], activity: [], nutrition: [] };
  for (const r of records) {
    switch (r.kind) {
      case "blood_pressure":
        groups.blood_pressure.push(r.row);
        break;
      case "vitals":
        groups.vitals.push(r.row);
        break;
      case "sleep":
        groups.sleep.push(r.row);
        break;
      case "activity":
        groups.activity.push(r.row);
        break;
      case "nutrition":
        groups.nutrition.push(r.row);
        break;
    }
  }
  return groups;
}
