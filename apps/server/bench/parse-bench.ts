/**
 * The import's CPU side without HTTP or a database: reads a generated OMRON-style CSV (the same
 * rows import-bench.mjs writes) through readCsv and the OMRON row mapper, and times each stage on
 * its own, so a change to the reader shows in rows per second.
 *
 *   npx tsx apps/server/bench/parse-bench.ts [rows=500000] [runs=3]
 *   node --import tsx --cpu-prof apps/server/bench/parse-bench.ts   (a profile of the same)
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { bloodPressureCreate, classifyBloodPressure } from "@mitai/shared";
import { omronCsv } from "../src/modules/import/formats/omron.js";
import {
  type CsvRecord,
  readCsv,
  readCsvChunks,
  readHead,
  sniffCsv,
} from "../src/modules/import/reader/csv.js";
import { parseDecimal, parseLocalDateTime } from "../src/modules/import/reader/values.js";

const ROWS = Number(process.argv[2] ?? 500_000);
const RUNS = Number(process.argv[3] ?? 3);
const ZONE = "Europe/Berlin";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** As import-bench.mjs: a reading every 20–24 minutes, newest first. */
async function generate(rows: number, file: string): Promise<number> {
  const out = createWriteStream(file);
  out.write("Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes\n");
  let t = Date.UTC(2026, 0, 1, 7, 30);
  for (let i = 0; i < rows; i++) {
    t -= (20 + (i % 5)) * 60_000;
    const d = new Date(t);
    const hh = String(d.getUTCHours()).padStart(2, "0");
    const mm = String(d.getUTCMinutes()).padStart(2, "0");
    const note = i % 97 === 0 ? "after coffee" : "-";
    const line = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()},${hh}:${mm},${105 + (i % 50)},${65 + (i % 25)},${50 + (i % 35)},-,-,-,${note}\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(r));
  return (await stat(file)).size;
}

type Stage = { name: string; run: () => Promise<number> | number };

async function time(stage: Stage): Promise<void> {
  const ms: number[] = [];
  let n = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    n = await stage.run();
    ms.push(performance.now() - t0);
  }
  const best = Math.min(...ms);
  const rate = Math.round((ROWS / best) * 1000).toLocaleString("en-US");
  const perRow = ((best * 1000) / ROWS).toFixed(2);
  process.stdout.write(
    `${stage.name.padEnd(52)}${best.toFixed(0).padStart(7)} ms${rate.padStart(12)} rows/s${perRow.padStart(8)} µs/row  (n=${n})\n`,
  );
}

const dir = await mkdtemp(path.join(os.tmpdir(), "parse-bench-"));
try {
  const file = path.join(dir, "omron.csv");
  const bytes = await generate(ROWS, file);
  const shape = sniffCsv(await readHead(file));
  process.stdout.write(`${ROWS} rows, ${(bytes / 1e6).toFixed(1)} MB, best of ${RUNS}\n`);

  // Every record in memory once, for the stages that time the mapper alone.
  const records: CsvRecord[] = [];
  for await (const r of readCsv(file, shape)) records.push(r);
  const header = records[0]?.cells ?? [];
  const body = records.slice(1);
  const mapper = omronCsv.match(header);
  if (!mapper) throw new Error("the generated header is not OMRON's");
  const ctx = { timeZone: ZONE };
  const mapped = body.map((r) => mapper(r.cells, ctx));

  await time({
    name: "read file + decode (stream, no parsing)",
    run: async () => {
      let chars = 0;
      const decoder = new TextDecoder(shape.encoding);
      for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
        if (chunk instanceof Buffer) chars += decoder.decode(chunk, { stream: true }).length;
      }
      return chars;
    },
  });
  await time({
    name: "readCsv (read + decode + records, await per row)",
    run: async () => {
      let n = 0;
      for await (const _ of readCsv(file, shape)) n++;
      return n;
    },
  });
  await time({
    name: "readCsvChunks (the same, await per chunk)",
    run: async () => {
      let n = 0;
      for await (const chunk of readCsvChunks(file, shape)) n += chunk.length;
      return n;
    },
  });
  await time({
    name: "readCsv + OMRON mapper (what one pass does)",
    run: async () => {
      let n = 0;
      let first = true;
      for await (const r of readCsv(file, shape)) {
        if (first) {
          first = false;
          continue;
        }
        if (mapper(r.cells, ctx).kind === "row") n++;
      }
      return n;
    },
  });
  await time({
    name: "OMRON mapper alone (cells in memory)",
    run: () => {
      let n = 0;
      for (const r of body) if (mapper(r.cells, ctx).kind === "row") n++;
      return n;
    },
  });
  // What the mapper would cost with the schema's rules as plain comparisons (a prototype for the
  // recommendation; formats/omron.ts is not changed here). Checked to agree with the real mapper.
  const lean = (cells: string[]) => {
    const at = parseLocalDateTime(cells[0] ?? "", cells[1], ZONE);
    const systolic = parseDecimal(cells[2]);
    const diastolic = parseDecimal(cells[3]);
    const pulse = parseDecimal(cells[4]);
    if (!at || systolic === null || diastolic === null) return null;
    if (!Number.isInteger(systolic) || systolic < 50 || systolic > 300) return null;
    if (!Number.isInteger(diastolic) || diastolic < 30 || diastolic > 200 || diastolic >= systolic)
      return null;
    if (pulse !== null && (!Number.isInteger(pulse) || pulse < 25 || pulse > 250)) return null;
    const rawNote = (cells[8] ?? "").trim();
    const note = rawNote === "" || rawNote === "-" || rawNote === "--" ? null : rawNote;
    return {
      measuredAt: at.at,
      date: at.date,
      systolic,
      diastolic,
      pulse,
      irregularHeartbeat: false,
      note,
      classification: classifyBloodPressure(systolic, diastolic),
    };
  };
  for (let i = 0; i < body.length; i++) {
    const real = mapped[i];
    const proto = lean(body[i]?.cells ?? []);
    const row = real?.kind === "row" ? real.records[0]?.row : undefined;
    if (JSON.stringify(row) !== JSON.stringify(proto)) throw new Error(`the prototype disagrees on row ${i}`);
  }
  await time({
    name: "  prototype: mapper with plain range checks, no zod",
    run: () => {
      let n = 0;
      for (const r of body) if (lean(r.cells)) n++;
      return n;
    },
  });
  await time({
    name: "  parseLocalDateTime alone",
    run: () => {
      let n = 0;
      for (const r of body) if (parseLocalDateTime(r.cells[0] ?? "", r.cells[1], ZONE)) n++;
      return n;
    },
  });
  await time({
    name: "  parseDecimal × 3 alone",
    run: () => {
      let n = 0;
      for (const r of body) {
        n +=
          (parseDecimal(r.cells[2]) ?? 0) + (parseDecimal(r.cells[3]) ?? 0) + (parseDecimal(r.cells[4]) ?? 0);
      }
      return n;
    },
  });
  await time({
    name: "  bloodPressureCreate.safeParse alone",
    run: () => {
      let n = 0;
      for (const m of mapped) {
        const r = m.kind === "row" && m.records[0]?.kind === "blood_pressure" ? m.records[0].row : null;
        if (!r) continue;
        const checked = bloodPressureCreate.safeParse({
          measuredAt: r.measuredAt.toISOString(),
          systolic: r.systolic,
          diastolic: r.diastolic,
          pulse: r.pulse,
          irregularHeartbeat: r.irregularHeartbeat,
          note: r.note,
        });
        if (checked.success) n++;
      }
      return n;
    },
  });
  await time({
    name: "  Date.toISOString alone",
    run: () => {
      let n = 0;
      for (const m of mapped) {
        const r = m.kind === "row" && m.records[0]?.kind === "blood_pressure" ? m.records[0].row : null;
        if (r) n += r.measuredAt.toISOString().length;
      }
      return n;
    },
  });
} finally {
  await rm(dir, { recursive: true, force: true });
}
