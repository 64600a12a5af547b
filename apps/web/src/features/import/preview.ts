import type { ImportJob, ImportKind } from "@mitai/shared";
import { rowKind } from "./kinds";

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

export type PreviewRow = ImportJob["preview"][number];
export type PreviewGroup = { kind: ImportKind; rows: PreviewRow[] };

/** The preview split into one table per kind, in the order of `order` (the job's kinds), then the rest. */
export function groupPreviewByKind(
  rows: readonly PreviewRow[],
  order: readonly ImportKind[],
): PreviewGroup[] {
  const groups = new Map<ImportKind, PreviewRow[]>();
  for (const row of rows) {
    const kind = rowKind(row);
    groups.set(kind, [...(groups.get(kind) ?? []), row]);
  }
  const kinds = [
    ...order.filter((kind) => groups.has(kind)),
    ...[...groups.keys()].filter((k) => !order.includes(k)),
  ];
  return kinds.map((kind) => ({ kind, rows: groups.get(kind) ?? [] }));
}

/**
 * The columns of each kind's table in the order a person reads them. The core ones always show;
 * the others only when some row has a value (a file without clock times shows no bed and wake
 * columns, while a single clockless night among others shows its "–").
 */
export const kindColumns = {
  blood_pressure: {
    order: [
      "measuredAt",
      "date",
      "systolic",
      "diastolic",
      "pulse",
      "irregularHeartbeat",
      "note",
      "classification",
    ],
    core: ["measuredAt", "systolic", "diastolic", "classification"],
  },
  vitals: {
    order: ["date", "restingHr", "hrv", "vo2Max", "spo2", "respiratoryRate", "note"],
    core: ["date"],
  },
  sleep: {
    order: [
      "date",
      "bedtime",
      "wakeTime",
      "durationMin",
      "deepMin",
      "remMin",
      "lightMin",
      "awakeMin",
      "quality",
      "note",
    ],
    core: ["date", "durationMin"],
  },
  activity: {
    order: [
      "date",
      "startTime",
      "name",
      "trainingTypeId",
      "durationMin",
      "distanceKm",
      "kcalActive",
      "hrAvg",
      "hrMax",
    ],
    core: ["date", "name", "trainingTypeId", "durationMin"],
  },
  nutrition: {
    order: ["date", "kcal", "proteinG", "fatG", "carbsG", "fiberG", "items", "note"],
    core: ["date", "kcal", "proteinG", "fatG", "carbsG"],
  },
} as const satisfies Record<ImportKind, { order: readonly string[]; core: readonly string[] }>;
export type PreviewColumn = (typeof kindColumns)[ImportKind]["order"][number];

/** A cell that says nothing; a "no" in every row of a yes/no column says nothing either. */
const isEmpty = (value: unknown) => value === null || value === undefined || value === "" || value === false;

/** One kind's table columns: known ones in reading order, then unknown keys with a value. */
export function previewColumnsFor(kind: ImportKind, rows: readonly PreviewRow[]): string[] {
  const order: readonly string[] = kindColumns[kind].order;
  const core: readonly string[] = kindColumns[kind].core;
  const seen = previewColumns(rows, order).filter((key) => key !== "kind");
  const filled = (key: string) => seen.includes(key) && rows.some((row) => !isEmpty(row[key]));
  return [
    ...order.filter((key) => core.includes(key) || filled(key)),
    ...seen.filter((key) => !order.includes(key) && filled(key)),
  ];
}

/** "7:05" for 425 minutes: a duration the way a sleep table shows it. */
export function formatHoursMinutes(total: number): string {
  const minutes = Math.max(0, Math.round(total));
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}
