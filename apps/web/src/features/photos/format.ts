/** A day as "1 Jun 2025" / "1. Juni 2025": short enough for a select on a phone. */
export function formatPhotoDay(isoDay: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDay}T00:00:00Z`));
}

/** A file size in kB below one megabyte, else in MB with one decimal. */
export function fileSize(bytes: number, locale: string): string {
  const mb = bytes / 1024 / 1024;
  if (mb < 1) {
    const kb = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024));
    return `${kb} kB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb)} MB`;
}
