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
