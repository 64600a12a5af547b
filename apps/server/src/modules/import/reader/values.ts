import { zoneOffset } from "./zone-offset.js";

/** "82,4", "82.4", "1.234,5", "1,234.5", "-" → a number, or null for an empty cell. */
export function parseDecimal(raw: string | undefined): number | null {
  // Most cells are plain digits ("120"): those need none of the work below.
  if (raw !== undefined && isDigits(raw)) return Number(raw);
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

/** Only ASCII digits, at least one. */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** January → 1; `Jan`, `January`, `Sept` alike. */
function monthOf(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

type Ymd = { year: number; month: number; day: number };

/** The date forms export tools write; each is a regular expression, so a row costs microseconds. */
const DATE_FORMS: { re: RegExp; ymd: (m: RegExpExecArray) => Ymd | null }[] = [
  // 2025-05-21
  {
    re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
    ymd: (m) => ({ year: +(m[1] ?? 0), month: +(m[2] ?? 0), day: +(m[3] ?? 0) }),
  },
  // 21.05.2025, 21.5.25
  {
    re: /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/,
    ymd: (m) => ({ year: fullYear(+(m[3] ?? 0)), month: +(m[2] ?? 0), day: +(m[1] ?? 0) }),
  },
  // 21 May 2025, 21 May, 2025
  {
    re: /^(\d{1,2})\.? ([A-Za-z]{3,9})\.?,? (\d{4})$/,
    ymd: (m) => withMonth(m[2], +(m[3] ?? 0), +(m[1] ?? 0)),
  },
  // Jan 12 2025, October 13, 2021
  {
    re: /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/,
    ymd: (m) => withMonth(m[1], +(m[3] ?? 0), +(m[2] ?? 0)),
  },
  // 1/12/2025 (US order, as Health Auto Export writes it)
  {
    re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
    ymd: (m) => ({ year: +(m[3] ?? 0), month: +(m[1] ?? 0), day: +(m[2] ?? 0) }),
  },
];

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function withMonth(name: string | undefined, year: number, day: number): Ymd | null {
  const month = monthOf(name ?? "");
  return month ? { year, month, day } : null;
}

/** 07:30, 7:30:15, 12:01 PM, 8:12 am */
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?: ?([AaPp])\.?[Mm]\.?)?$/;

type Hms = { hour: number; minute: number; second: number };

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigitAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

function timeOf(raw: string): Hms | null {
  if (raw === "") return { hour: 0, minute: 0, second: 0 };
  // 07:30 and 7:30, the forms of nearly every row, without the regular expression.
  const n = raw.length;
  if ((n === 4 || n === 5) && raw.charCodeAt(n - 3) === 58) {
    if (
      isDigitAt(raw, 0) &&
      isDigitAt(raw, n - 2) &&
      isDigitAt(raw, n - 1) &&
      (n === 4 || isDigitAt(raw, 1))
    ) {
      const hour = n === 4 ? digit(raw, 0) : digit(raw, 0) * 10 + digit(raw, 1);
      return { hour, minute: digit(raw, n - 2) * 10 + digit(raw, n - 1), second: 0 };
    }
  }
  const m = TIME.exec(raw);
  if (!m) return null;
  let hour = +(m[1] ?? 0);
  const half = m[4]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === "p" ? 12 : 0);
  }
  return { hour, minute: +(m[2] ?? 0), second: +(m[3] ?? 0) };
}

export type LocalInstant = { at: Date; date: string };

const pad = (n: number) => String(n).padStart(2, "0");

/** A date cell as read: the calendar day (null when no real day) and the time it carried, if any. */
type DateCell = { day: { midnightUtc: number; date: string } | null; time: string | null };

function readDateCell(raw: string): DateCell {
  let d = raw.trim().replace(/\s+/g, " ");
  let time: string | null = null;
  const combined = /^(\d{4}-\d{1,2}-\d{1,2})[T ](\S+)$/.exec(d);
  if (combined) {
    d = combined[1] ?? d;
    time = combined[2] ?? "";
  }
  return { day: dayOf(d), time };
}

function dayOf(d: string): DateCell["day"] {
  let ymd: Ymd | null = null;
  for (const form of DATE_FORMS) {
    const m = form.re.exec(d);
    if (m) {
      ymd = form.ymd(m);
      break;
    }
  }
  if (!ymd) return null;
  const { year, month, day } = ymd;
  const midnightUtc = Date.UTC(year, month - 1, day);
  const check = new Date(midnightUtc);
  if (year < 1900 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { midnightUtc, date: `${year}-${pad(month)}-${pad(day)}` };
}

/**
 * The last two date cells read and what they gave: an export has dozens of rows a day in a row, so
 * most rows repeat the date before (two, for rows with a start and an end date). Pure functions'
 * answers, kept for two cells.
 */
let recentRaw: [string | null, string | null] = [null, null];
let recentCell: [DateCell, DateCell] = [
  { day: null, time: null },
  { day: null, time: null },
];

function dateCell(raw: string): DateCell {
  if (raw === recentRaw[0]) return recentCell[0];
  if (raw === recentRaw[1]) return recentCell[1];
  const cell = readDateCell(raw);
  recentRaw = [raw, recentRaw[0]];
  recentCell = [cell, recentCell[0]];
  return cell;
}

/**
 * A local date and time as written by export tools — `21 May 2025`, `Jan 12 2025`,
 * `October 13, 2021` with `12:01 PM`, `21.05.2025`, ISO (also `2024-11-08 00:00:00` in one cell) —
 * in the profile's time zone: the instant, and the calendar day as written. Null when it matches
 * none of the known forms or is no real date (31 February, 25 o'clock).
 */
export function parseLocalDateTime(
  date: string,
  time: string | undefined,
  zone: string,
): LocalInstant | null {
  const cell = dateCell(date);
  let t = (time ?? "").trim();
  if (cell.time !== null) {
    // An ISO cell with its own time stands alone only when the time column is empty; with a time
    // beside it, it is no date form at all.
    if (t) return null;
    t = cell.time;
  }
  return withTime(cell.day, t, zone);
}

function withTime(day: DateCell["day"], t: string, zone: string): LocalInstant | null {
  const hms = timeOf(t);
  if (!day || !hms || hms.hour > 23 || hms.minute > 59 || hms.second > 59) return null;
  const wall = day.midnightUtc + hms.hour * 3_600_000 + hms.minute * 60_000 + hms.second * 1000;
  // Wall-clock time → instant: subtract the zone's offset, re-checked once around a DST change.
  let at = wall - zoneOffset(wall, zone);
  const second = wall - zoneOffset(at, zone);
  if (second !== at) at = second;
  return { at: new Date(at), date: day.date };
}

/**
 * A calendar day as written (`21.05.2025`, `2025-05-21`, `Jan 12 2025`, an ISO date with its time),
 * as `2025-05-21`; null when it is no date. For diaries whose rows belong to the day they name,
 * whatever the zone.
 */
export function parseDay(raw: string): string | null {
  return dateCell(raw).day?.date ?? null;
}
