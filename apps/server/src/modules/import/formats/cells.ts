import { parseDecimal } from "../reader/values.js";

/** A header as compared: trimmed, without BOM, single spaces, lower case. */
export const normalizeHeader = (h: string) =>
  h
    .trim()
    .replace(/^\uFEFF/, "")
    .replace(/\s+/g, " ")
    .toLowerCase();

/** Cells export tools write for "no value". */
export const EMPTY_CELLS = new Set(["", "-", "--"]);

export const isEmptyCell = (raw: string | undefined) => EMPTY_CELLS.has((raw ?? "").trim());

/** A whole number, or the reason it is not one. */
export function wholeNumber(raw: string | undefined, name: string): number | string {
  const n = parseDecimal(raw);
  if (n === null) return `${name} is missing`;
  if (!Number.isInteger(n)) return `${name} "${raw}" is not a whole number`;
  return n;
}

/** A number (decimal comma or point), null for an empty cell, or the reason it is not one. */
export function optionalNumber(raw: string | undefined, name: string): number | null | string {
  if (isEmptyCell(raw)) return null;
  const n = parseDecimal(raw);
  if (n === null) return null;
  if (Number.isNaN(n)) return `${name} "${(raw ?? "").trim()}" is not a number`;
  return n;
}

/** "yes", "ja", "1", "true", "detected", "erkannt", "x" → true; anything else false. */
export function flag(raw: string | undefined): boolean {
  return /^(detected|erkannt|yes|ja|y|j|true|wahr|1|x)$/i.test((raw ?? "").trim());
}

/** The characters Windows-1252 gives bytes 0x80–0x9F, by byte (the holes decode as themselves). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const CP1252_BYTE = new Map([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));

/**
 * A UTF-8 lead byte read as Latin-1/Windows-1252 (`Ã`, `Â`, `â`…) followed by a continuation byte
 * read the same way: the mark of UTF-8 text decoded once too often (`Ã¼` for `ü`, `ÃŸ` for `ß`).
 */
const DOUBLE_ENCODED = /[\u00C2-\u00F4][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Text whose UTF-8 was decoded twice, repaired (`gedÃ¼nstet` → `gedünstet`): its characters taken
 * back to the bytes they came from and decoded once. Text without that mark, or whose bytes are no
 * valid UTF-8 (a real `Ã` before a `©`), is returned as it is.
 */
export function repairDoubleEncoding(text: string): string {
  if (!DOUBLE_ENCODED.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : CP1252_BYTE.get(text.charAt(i));
    if (byte === undefined) return text;
    bytes[i] = byte;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
}
