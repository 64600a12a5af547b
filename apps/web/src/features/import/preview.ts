/**
 * The columns of a preview: every key of its rows, the known ones in `order` first (the stored JSON
 * does not keep the keys' order), then the others as they first appear.
 */
export function previewColumns(
  rows: readonly Record<string, unknown>[],
  order: readonly string[] = [],
): string[] {
  const seen: string[] = [];
  for (const row of rows) {
    for (const key of Object.keys(row)) if (!seen.includes(key)) seen.push(key);
  }
  const columns = [
    ...order.filter((key) => seen.includes(key)),
    ...seen.filter((key) => !order.includes(key)),
  ];
  // `measuredAt` already holds the day: the separate date column would repeat it.
  return columns.includes("measuredAt") ? columns.filter((c) => c !== "date") : columns;
}

/** Percent done, 0–100, from the bytes read; null when the size is not known. */
export function progressPercent(bytesRead: number, totalBytes: number): number | null {
  if (totalBytes <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((bytesRead / totalBytes) * 100)));
}
