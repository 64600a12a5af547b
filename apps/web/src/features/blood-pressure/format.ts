/** "07:30" (de) / "7:30 AM" (en) for an instant, in the browser's time zone. */
export function formatTime(isoInstant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" }).format(new Date(isoInstant));
}

/** "132/84" from averages that may be missing or fractional. */
export function formatPair(systolic: number | null, diastolic: number | null): string | null {
  if (systolic === null || diastolic === null) return null;
  return `${Math.round(systolic)}/${Math.round(diastolic)}`;
}
