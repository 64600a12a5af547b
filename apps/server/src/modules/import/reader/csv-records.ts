/**
 * CSV text → records, fed chunk by chunk. It reads exactly as csv-parse 7 did with
 * `{ bom, relax_column_count, relax_quotes, skip_empty_lines, info }` — the same cells and the same
 * `info.lines` for every record, the same error for a quote left open (csv-parse-parity.test.ts
 * holds the two side by side) — at about a tenth of the cost: csv-parse looks at every byte through
 * several method calls and builds an info object of a dozen fields per record.
 *
 * How csv-parse reads, and so this:
 * - The record delimiter is the first line break outside quotes (`\r\n`, `\n` or `\r`); any other
 *   line break is an ordinary character of a cell.
 * - A quote opens a quoted cell only as the cell's first character; elsewhere it is a character.
 *   Inside, `""` is one quote; a quote followed by the delimiter, the record delimiter, NUL or the
 *   end closes the cell; any other quote closes it too, but the cell then keeps its quotes as written
 *   (`"ab"c` reads `"ab"c`).
 * - A line with no character at all is skipped; `""` alone is a record of one empty cell.
 * - `line` is the line the record ends on, counting every `\r` and every `\n` (a `\r\n` record
 *   delimiter once, a `\r\n` inside quotes twice); for a last record without a line break, the
 *   line break it ends with is not counted.
 */

export type CsvRecord = { line: number; cells: string[] };

const QUOTE = 34;
const CR = 13;
const LF = 10;
const BOM = 0xfeff;

/** The record delimiter, once found. */
type RecordDelimiter = "unknown" | "crlf" | "lf" | "cr";

export class CsvRecordReader {
  private readonly delimiter: number;
  /** Characters held back from the last chunk: a decision there needed the next ones. */
  private carry = "";
  private started = false;
  private recordDelimiter: RecordDelimiter = "unknown";
  private quoting = false;
  private wasQuoting = false;
  /** The current cell's text read so far, before the current segment of the chunk. */
  private field = "";
  private record: string[] = [];
  private lines = 1;
  private lastChar = -1;

  constructor(delimiter: string) {
    if (delimiter.length !== 1) throw new Error(`the delimiter must be one character, got ${delimiter}`);
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Reads a chunk; the records it completes are appended to `out`. */
  push(chunk: string, out: CsvRecord[]): void {
    if (chunk.length === 0) return;
    this.lastChar = chunk.charCodeAt(chunk.length - 1);
    this.read(this.carry === "" ? chunk : this.carry + chunk, false, out);
  }

  /** The end of the text: the last record, if any, goes to `out`; a quote still open is an error. */
  end(out: CsvRecord[]): void {
    const text = this.carry;
    this.carry = "";
    this.read(text, true, out);
    if (this.quoting) {
      throw new Error(
        `Quote Not Closed: the parsing is finished with an opening quote at line ${this.lines - (this.lastChar === CR || this.lastChar === LF ? 1 : 0)}`,
      );
    }
    if (this.wasQuoting || this.record.length > 0 || this.field.length > 0) {
      // The last character's line break, if it is one, is not counted for this record.
      const line = this.lastChar === CR || this.lastChar === LF ? this.lines - 1 : this.lines;
      this.record.push(this.field);
      out.push({ line, cells: this.record });
      this.record = [];
      this.field = "";
      this.wasQuoting = false;
    }
  }

  private read(input: string, end: boolean, out: CsvRecord[]): void {
    let text = input;
    if (!this.started) {
      if (text.length === 0) return;
      this.started = true;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    const delimiter = this.delimiter;
    const n = text.length;
    let i = 0;
    /** Where the current cell's unsaved text starts. */
    let seg = 0;
    while (i < n) {
      if (this.quoting) {
        let c = 0;
        while (i < n) {
          c = text.charCodeAt(i);
          if (c === QUOTE || c === CR || c === LF) break;
          i++;
        }
        if (i >= n) break;
        if (c !== QUOTE) {
          this.lines++;
          i++;
          continue;
        }
        // A quote in a quoted cell: the next two characters decide what it is.
        if (i + 2 >= n && !end) break;
        const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
        if (next === QUOTE) {
          this.field += text.slice(seg, i + 1);
          i += 2;
          seg = i;
          continue;
        }
        const closes =
          next === -1 || next === 0 || next === delimiter || this.recordDelimiterAt(text, i + 1) > 0;
        if (closes) {
          this.field += text.slice(seg, i);
          seg = i + 1;
        } else {
          // A stray quote ends the quoting; the cell keeps its opening quote and this one.
          this.field = `"${this.field}${text.slice(seg, i)}`;
          seg = i;
        }
        this.quoting = false;
        this.wasQuoting = true;
        i++;
        continue;
      }
      let c = 0;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === delimiter || c === QUOTE || c === CR || c === LF) break;
        i++;
      }
      if (i >= n) break;
      if (c === delimiter) {
        this.record.push(this.field + text.slice(seg, i));
        this.field = "";
        this.wasQuoting = false;
        i++;
        seg = i;
        continue;
      }
      if (c === QUOTE) {
        if (this.field.length === 0 && i === seg) {
          this.quoting = true;
          seg = i + 1;
        }
        i++;
        continue;
      }
      // A line break: the record delimiter, or an ordinary character of the cell.
      if (c === CR && i + 1 >= n && !end && this.recordDelimiter !== "lf" && this.recordDelimiter !== "cr")
        break;
      const length = this.recordDelimiterAt(text, i);
      if (length === 0) {
        this.lines++;
        i++;
        continue;
      }
      const empty = !this.wasQuoting && this.record.length === 0 && this.field.length === 0 && i === seg;
      if (!empty) {
        this.record.push(this.field + text.slice(seg, i));
        out.push({ line: this.lines, cells: this.record });
        this.record = [];
        this.field = "";
        this.wasQuoting = false;
      }
      this.lines++;
      i += length;
      seg = i;
    }
    // Everything from `i` on waits for the next chunk; the cell's text before it is kept.
    if (i > n) i = n;
    this.field += text.slice(seg, i);
    this.carry = text.slice(i);
  }

  /**
   * The length of the record delimiter at `at` (0 when there is none); the first line break seen
   * there, while none is known, becomes the record delimiter.
   */
  private recordDelimiterAt(text: string, at: number): number {
    const c = at < text.length ? text.charCodeAt(at) : -1;
    if (c !== CR && c !== LF) return 0;
    if (this.recordDelimiter === "unknown") {
      if (c === LF) this.recordDelimiter = "lf";
      else this.recordDelimiter = text.charCodeAt(at + 1) === LF ? "crlf" : "cr";
    }
    switch (this.recordDelimiter) {
      case "lf":
        return c === LF ? 1 : 0;
      case "cr":
        return c === CR ? 1 : 0;
      default:
        return c === CR && text.charCodeAt(at + 1) === LF ? 2 : 0;
    }
  }
}
