import { DateTime } from "luxon";

/** "82,4", "82.4", "1.234,5", "1,234.5", "-" → a number, or null for an empty cell. */
export function parseDecimal(raw: string | undefined): number | null {
  const s = (raw ?? "").trim().replace(/\s/g, "");
  if (s === "" || s === "-" || s === "--") return null;
  let normalized = s;
  const comma = s.lastIndexOf(",");
  const dot = s.lastIndexOf(".");
  if (comma > -1 && dot > -1) {
    // The later of the two is the decimal separator, the other groups thousands.
    normalized = comma > dot ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  } else if (comma > -1) {
    normalized = s.replace(",", ".");
  }
  if (!/^[-+]?\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}

const DATE_FORMATS = [
  "yyyy-MM-dd",
  "d.M.yyyy",
  "d.M.yy",
  "d MMM yyyy",
  "MMM d yyyy",
  "MMM d, yyyy",
  "MMMM d, yyyy",
  "d MMMM yyyy",
  "M/d/yyyy",
] as const;
const TIME_FORMATS = ["H:mm", "H:mm:ss", "h:mm a", "h:mm:ss a"] as const;

/**
 * A local date and time as written by export tools — `21 May 2025`, `Jan 12 2025`,
 * `October 13, 2021` with `12:01 PM`, `21.05.2025`, ISO — in the profile's time zone.
 * Null when it matches none of the known forms.
 */
export function parseLocalDateTime(date: string, time: string | undefined, zone: string): DateTime | null {
  const d = date.trim().replace(/\s+/g, " ");
  const t = (time ?? "").trim().replace(/\s+/g, " ").toUpperCase();
  if (/^\d{4}-\d{2}-\d{2}/.test(d)) {
    // ISO, also with a space between date and time (`2024-11-08 00:00:00`).
    const iso = DateTime.fromISO(t ? `${d}T${t}` : d.replace(" ", "T"), { zone });
    return iso.isValid ? iso : null;
  }
  for (const df of DATE_FORMATS) {
    if (!t) {
      const only = DateTime.fromFormat(d, df, { zone, locale: "en-US" });
      if (only.isValid) return only;
      continue;
    }
    for (const tf of TIME_FORMATS) {
      const dt = DateTime.fromFormat(`${d} ${t}`, `${df} ${tf}`, { zone, locale: "en-US" });
      if (dt.isValid) return dt;
    }
  }
  return null;
}
