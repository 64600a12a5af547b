/** Thin, narrow and ordinary spaces users (or Intl) may put between digit groups. */
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads a decimal number the way people type it in either language: "82,4", "82.4", " 82,40 ",
 * "1.234,5" or "1,234.5". The last separator is the decimal one when both appear. Returns null for
 * anything that is not one number.
 */
export function parseDecimal(input: string): number | null {
  let text = input.replace(SPACES, "").replace(/^\u2212/, "-");
  if (text === "") return null;
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? "," : ".";
    const group = decimal === "," ? "." : ",";
    text = text.split(group).join("").replace(decimal, ".");
  } else if (lastComma !== -1) {
    if (text.indexOf(",") !== lastComma) return null;
    text = text.replace(",", ".");
  } else if (lastDot !== -1 && text.indexOf(".") !== lastDot) {
    return null;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * A count written with digit groups of three, in either language's notation — "1.850", "1,850",
 * "12 500" — with the groups joined ("1850"); any other text as it is ("250,5" stays a decimal).
 * For kcal, which are never written as fractions like 1.85.
 */
export function joinDigitGroups(text: string): string {
  return /^\s*\d{1,3}([.,\s\u00a0\u202f]\d{3})+\s*$/.test(text)
    ? text.replace(/[.,\s\u00a0\u202f]/g, "")
    : text;
}

/** Reads a whole number ("30", " 7 "); null for anything else. */
export function parseInteger(input: string): number | null {
  const text = input.replace(SPACES, "");
  return /^[+-]?\d+$/.test(text) ? Number(text) : null;
}

type DigitsOptions = { minDigits?: number; maxDigits?: number };

export function formatNumber(
  value: number,
  locale: string,
  { minDigits = 0, maxDigits = 1 }: DigitsOptions = {},
) {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: minDigits,
    maximumFractionDigits: maxDigits,
  }).format(value);
}

/** "82,4 kg" (de) / "82.4 kg" (en). */
export function formatKg(value: number, locale: string, maxDigits = 1): string {
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "kilogram",
    minimumFractionDigits: 1,
    maximumFractionDigits: Math.max(1, maxDigits),
  }).format(value);
}

/** A change with its sign: "+0,6 kg", "−1,2 kg", "0,0 kg". */
export function formatKgChange(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "kilogram",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(value);
}

/** The value as it goes back into a text input: "82,4" (de) / "82.4" (en), no digit grouping. */
export function toInputNumber(value: number | null | undefined, locale: string, maxDigits = 2): string {
  if (value === null || value === undefined) return "";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits, useGrouping: false }).format(
    value,
  );
}
