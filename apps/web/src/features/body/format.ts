import { formatNumber } from "../../lib/number";

/** "82,5 cm": girths to a millimetre, at most one decimal. */
export function formatCm(value: number, locale: string): string {
  return `${formatNumber(value, locale, { maxDigits: 1 })} cm`;
}

/** "14,2 %": body fat to one decimal, always shown. */
export function formatPct(value: number, locale: string): string {
  return `${formatNumber(value, locale, { minDigits: 1, maxDigits: 1 })} %`;
}

/** "0,47": a ratio to two decimals. */
export function formatRatio(value: number, locale: string): string {
  return formatNumber(value, locale, { minDigits: 2, maxDigits: 2 });
}

/** "12 mm": a skinfold, at most one decimal. */
export function formatMm(value: number, locale: string): string {
  return `${formatNumber(value, locale, { maxDigits: 1 })} mm`;
}
