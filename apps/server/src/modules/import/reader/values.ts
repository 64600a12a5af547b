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

function timeOf(raw: string): { hour: number; minute: number; second: number } | null {
  if (raw === "") return { hour: 0, minute: 0, second: 0 };
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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in ms at an instant (one cached formatter per zone). */
function offsetAt(epochMs: number, zone: string): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(epochMs)) if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

export type LocalInstant = { at: Date; date: string };

const pad = (n: number) => String(n).padStart(2, "0");

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
  let d = date.trim().replace(/\s+/g, " ");
  let t = (time ?? "").trim();
  const combined = /^(\d{4}-\d{1,2}-\d{1,2})[T ](\S+)$/.exec(d);
  if (combined && !t) {
    d = combined[1] ?? d;
    t = combined[2] ?? "";
  }
  let ymd: Ymd | null = null;
  for (const form of DATE_FORMS) {
    const m = form.re.exec(d);
    if (m) {
      ymd = form.ymd(m);
      break;
    }
  }
  const hms = timeOf(t);
  if (!ymd || !hms || hms.hour > 23 || hms.minute > 59 || hms.second > 59) return null;
  const { year, month, day } = ymd;
  const wall = Date.UTC(year, month - 1, day, hms.hour, hms.minute, hms.second);
  const check = new Date(wall);
  if (year < 1900 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // Wall-clock time → instant: subtract the zone's offset, re-checked once around a DST change.
  let at = wall - offsetAt(wall, zone);
  const second = wall - offsetAt(at, zone);
  if (second !== at) at = second;
  return { at: new Date(at), date: `${year}-${pad(month)}-${pad(day)}` };
}
