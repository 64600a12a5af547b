import type { ImportKind } from "@mitai/shared";
import { AppError } from "../../errors.js";
import type { ImportRecord, ImportRows, RowContext, RowMapper } from "./formats/types.js";
import type { ImportErrorRow } from "./import.table.js";
import { type CsvRecord, readCsv, readHead, sniffCsv } from "./reader/csv.js";

const BATCH = 5000;

/** Rows of one stretch of the file, mapped; `rows` counts the file rows they came from. */
export type Batch = { records: ImportRecord[]; errors: ImportErrorRow[]; rows: number };

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
  const records = readCsv(filePath, shape, { signal, onBytes });
  const first = await records.next();
  if (first.done) throw new AppError(422, "empty_file", "The file holds no rows");
  const buffered: CsvRecord[] = [];
  return {
    header: first.value.cells,
    async peek(n) {
      while (buffered.length < n) {
        const next = await records.next();
        if (next.done) break;
        buffered.push(next.value);
      }
      return buffered.slice(0, n).map((r) => r.cells);
    },
    async *batches(mapper, ctx) {
      let batch: Batch = { records: [], errors: [], rows: 0 };
      const all = async function* () {
        yield* buffered.splice(0);
        yield* records;
      };
      for await (const record of all()) {
        const result = mapper(record.cells, ctx);
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

export type Groups = { [K in ImportKind]: ImportRows[K][] };

/** A batch's records sorted by kind, in file order within each. */
export function groupByKind(records: readonly ImportRecord[]): Groups {
  const groups: Groups = { blood_pressure: [], vitals: [], sleep: [] };
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
    }
  }
  return groups;
}
