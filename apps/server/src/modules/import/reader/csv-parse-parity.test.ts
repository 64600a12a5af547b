import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { sniffCsv } from "./csv.js";
import { type CsvRecord, CsvRecordReader } from "./csv-records.js";

/** What csv-parse 7 reads, with the options the import used before it had its own reader. */
function viaCsvParse(text: string, delimiter: string): CsvRecord[] | "error" {
  try {
    // The line each record ends on, as csv-parse's `info: true` reported it to the import.
    const lines: number[] = [];
    const records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: { lines: number }) => {
        lines.push(context.lines);
        return record;
      },
    });
    return records.map((cells, i) => ({ line: lines[i] ?? -1, cells }));
  } catch {
    return "error";
  }
}

/** What CsvRecordReader reads when the text arrives cut at `cuts`. */
function viaReader(text: string, delimiter: string, cuts: number[] = []): CsvRecord[] | "error" {
  const reader = new CsvRecordReader(delimiter);
  const out: CsvRecord[] = [];
  try {
    let from = 0;
    for (const cut of [...cuts, text.length]) {
      reader.push(text.slice(from, cut), out);
      from = cut;
    }
    reader.end(out);
    return out;
  } catch {
    return "error";
  }
}

/** mulberry32: the same cases on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const testdata = path.join(here, "../testdata");

describe("CsvRecordReader reads as csv-parse did", () => {
  it.each(readdirSync(testdata).filter((f) => f.endsWith(".csv")))("the export %s", (file) => {
    const bytes = readFileSync(path.join(testdata, file));
    const shape = sniffCsv(bytes);
    const text = new TextDecoder(shape.encoding).decode(bytes);
    const expected = viaCsvParse(text, shape.delimiter);
    expect(expected).not.toBe("error");
    expect(viaReader(text, shape.delimiter)).toEqual(expected);
    // Cut into chunks of every small size, so each decision falls on a chunk's edge somewhere.
    for (const size of [1, 2, 3, 7, 64]) {
      const cuts: number[] = [];
      for (let at = size; at < text.length; at += size) cuts.push(at);
      expect(viaReader(text, shape.delimiter, cuts)).toEqual(expected);
    }
  });

  it.each([
    ["plain lines", "a,b\nc,d\n"],
    ["no line break at the end", "a,b\nc,d"],
    ["Windows line ends", "a,b\r\nc,d\r\n"],
    ["old Mac line ends", "a,b\rc,d\r"],
    ["a lone \\n in a \\r\\n file stays in the cell", "a,b\r\nc\nd,e\r\n"],
    ["a \\r in a \\n file stays in the cell", "a,b\nc\rd,e\n"],
    ["\\r\\n in a \\r file leaves \\n in the next cell", "a\rb\r\nc\r\n"],
    ["empty lines are skipped, their lines counted", "a\n\n\nb\n"],
    ["a line of spaces is a record", "a\n \nb"],
    ["quoted cells with delimiters and line breaks", '"a,b","c\nd"\n"e\r\nf",g\n'],
    ["doubled quotes", '"say ""hi""",x\n'],
    ["a quote inside an unquoted cell", 'ab"c,d"e\n'],
    ["a stray quote after a quoted cell keeps the quotes", '"ab"c,"d" e,"f"\n'],
    ["an empty quoted cell alone on a line", 'a\n""\nb\n'],
    ["a quote left open", 'a,"b\nc\n'],
    ["a quote left open at a line break", 'a,"b\n'],
    ["a quote closed by NUL", '"a"\u0000b,c\n'],
    ["a BOM and one more", "\uFEFF\uFEFFa,b\n"],
    ["only line breaks", "\n\r\n\n"],
    ["empty", ""],
    ["a closing quote at the very end", '"a"'],
    ["a doubled quote at the very end", '"a""'],
    ["umlauts and emoji", "Zeit;Notiz\n07:30;müde 😴\n"],
  ])("%s", (_name, text) => {
    for (const delimiter of [",", ";"]) {
      const expected = viaCsvParse(text, delimiter);
      expect(viaReader(text, delimiter)).toEqual(expected);
      for (let cut = 1; cut < text.length; cut++) {
        expect(viaReader(text, delimiter, [cut])).toEqual(expected);
      }
    }
  });

  it("agrees on 6,000 random texts of quotes, delimiters and line breaks, cut anywhere", () => {
    const random = rng(7);
    const alphabet = ["a", "b", " ", ",", ";", "\t", '"', '"', "\r", "\n", "\r\n", "\u0000", "ü"];
    let disagreements = 0;
    for (let n = 0; n < 6000; n++) {
      const length = Math.floor(random() * 30);
      let text = random() < 0.05 ? "\uFEFF" : "";
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const delimiter = [",", ";", "\t"][n % 3] ?? ",";
      const cuts: number[] = [];
      for (let at = 0; at < text.length; at++) if (random() < 0.2) cuts.push(at);
      const expected = viaCsvParse(text, delimiter);
      const actual = viaReader(text, delimiter, cuts);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        disagreements++;
        expect({ text, delimiter, cuts, actual }).toEqual({ text, delimiter, cuts, actual: expected });
      }
    }
    expect(disagreements).toBe(0);
  });
});
