import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { type CsvRecord, CsvRecordReader } from "./csv-records.js";

export type { CsvRecord } from "./csv-records.js";

export type Encoding = "utf-8" | "windows-1252";
export type CsvShape = { encoding: Encoding; delimiter: string };

const SNIFF_BYTES = 64 * 1024;
/** The read size: large enough that the per-chunk work is nothing, small enough to stay streamed. */
const CHUNK_BYTES = 256 * 1024;

/** Known binary files by their first bytes, to refuse them with a name a person recognizes. */
const MAGIC: [string, number[]][] = [
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["a FIT file", [0x0e, 0x10]],
];

export async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** What a binary file is ("a JPEG image"), or null for text. */
export function binaryKind(head: Buffer): string | null {
  for (const [name, bytes] of MAGIC) if (bytes.every((b, i) => head[i] === b)) return name;
  if (head.includes(0)) return "a binary file";
  return null;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252. */
export function detectEncoding(head: Buffer): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  // A multi-byte character may be cut at the end of the sample: leave its last bytes out.
  const sample = head.length === SNIFF_BYTES ? head.subarray(0, head.length - 4) : head;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** The separator of the first line: whichever of `,` `;` tab occurs most outside quotes. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [sep, n] of counts) if (n > (counts.get(best) ?? 0)) best = sep;
  return best;
}

export function sniffCsv(head: Buffer): CsvShape {
  const encoding = detectEncoding(head);
  const text = new TextDecoder(encoding).decode(head).replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return { encoding, delimiter: detectDelimiter(firstLine) };
}

/**
 * The file's records, streamed: decoded and read chunk by chunk, never read whole. `onBytes` hears
 * how many bytes have been read so far; the signal stops the reading.
 */
export async function* readCsv(
  path: string,
  shape: CsvShape,
  opts: { signal?: AbortSignal; onBytes?: (bytes: number) => void } = {},
): AsyncGenerator<CsvRecord> {
  for await (const records of readCsvChunks(path, shape, opts)) yield* records;
}

/**
 * The same records a chunk of the file at a time (about 7,000 OMRON rows per 256 KiB): for a
 * caller that handles rows in batches anyway, without an await per row.
 */
export async function* readCsvChunks(
  path: string,
  shape: CsvShape,
  opts: { signal?: AbortSignal; onBytes?: (bytes: number) => void } = {},
): AsyncGenerator<CsvRecord[]> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES, signal: opts.signal });
  const decoder = new TextDecoder(shape.encoding);
  const reader = new CsvRecordReader(shape.delimiter);
  let bytes = 0;
  for await (const chunk of file) {
    if (!(chunk instanceof Buffer)) throw new Error("the file stream gave text, not bytes");
    bytes += chunk.length;
    opts.onBytes?.(bytes);
    const records: CsvRecord[] = [];
    reader.push(decoder.decode(chunk, { stream: true }), records);
    if (records.length > 0) yield records;
  }
  const records: CsvRecord[] = [];
  reader.push(decoder.decode(), records);
  reader.end(records);
  if (records.length > 0) yield records;
}
