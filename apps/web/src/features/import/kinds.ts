import { type ImportJob, type ImportKind, importKinds } from "@mitai/shared";

export function isImportKind(value: unknown): value is ImportKind {
  return importKinds.some((kind) => kind === value);
}

/** Where the imported rows of each kind are shown. */
export const kindPages: Record<ImportKind, string> = {
  blood_pressure: "/vitals/blood-pressure",
  vitals: "/vitals/baseline",
  sleep: "/sleep",
  activity: "/training/log",
  nutrition: "/nutrition",
};

/**
 * A preview row's kind. A row without one comes from a job analysed before files could hold more
 * than blood pressure: it is a reading.
 */
export function rowKind(row: ImportJob["preview"][number]): ImportKind {
  return isImportKind(row.kind) ? row.kind : "blood_pressure";
}

/** The kinds a job's file holds, in the server's order; from its preview when the counts say nothing. */
export function jobKinds(job: Pick<ImportJob, "kinds" | "preview">): ImportKind[] {
  const counted = job.kinds.filter((k) => k.new + k.duplicate > 0).map((k) => k.kind);
  if (counted.length > 0) return counted;
  const seen: ImportKind[] = [];
  for (const row of job.preview) {
    const kind = rowKind(row);
    if (!seen.includes(kind)) seen.push(kind);
  }
  return seen;
}

/** The kinds an import added rows to: their pages get a link and their cached lists are stale. */
export function addedKinds(job: Pick<ImportJob, "kinds" | "preview" | "counts">): ImportKind[] {
  if (job.kinds.length > 0) return job.kinds.filter((k) => k.new > 0).map((k) => k.kind);
  return job.counts.new > 0 ? jobKinds(job) : [];
}

/**
 * Whether the counts per kind say more than the totals: a file with several kinds, or one kind
 * that is not the blood pressure every import used to be.
 */
export function showsKindCounts(kinds: ImportJob["kinds"]): boolean {
  return kinds.length > 1 || kinds.some((k) => k.kind !== "blood_pressure");
}

/** What to call the rows in "Import 12 …": the one kind's word, or a neutral one for a mix. */
export function rowNoun(kinds: readonly ImportKind[]): ImportKind | "mixed" {
  const [only, ...others] = kinds;
  return only !== undefined && others.length === 0 ? only : "mixed";
}

/**
 * The formats named in the list of what can be imported, each with the kind it is mostly for
 * (null: any kind, as a CSV of one's own).
 */
export const importFormats = [
  { key: "omron", kind: "blood_pressure" },
  { key: "hae", kind: "vitals" },
  { key: "workouts", kind: "activity" },
  { key: "fit", kind: "activity" },
  { key: "fddb", kind: "nutrition" },
  { key: "mfp", kind: "nutrition" },
  { key: "cronometer", kind: "nutrition" },
  { key: "haeNutrition", kind: "nutrition" },
  { key: "generic", kind: null },
] as const satisfies readonly { key: string; kind: ImportKind | null }[];
export type ImportFormatKey = (typeof importFormats)[number]["key"];

/** The kind a section of the app is about, by its path: the import tab is shown in several. */
export function sectionKind(pathname: string): ImportKind | null {
  const section = pathname.split("/")[1];
  if (section === "nutrition") return "nutrition";
  if (section === "training") return "activity";
  if (section === "sleep") return "sleep";
  return null;
}

/** The formats in their order, those for `kind` moved to the front (a CSV of one's own stays last). */
export function formatsFirst(kind: ImportKind | null): ImportFormatKey[] {
  const first = importFormats.filter((format) => kind !== null && format.kind === kind);
  const rest = importFormats.filter((format) => !first.includes(format));
  return [...first, ...rest].map((format) => format.key);
}

/** The formats the web has its own names for (the server's label is English). */
const knownFormats = [
  "omron_csv",
  "health_auto_export",
  "health_auto_export_workouts",
  "garmin_fit",
  "fddb_csv",
  "myfitnesspal_csv",
  "cronometer_daily_csv",
  "cronometer_servings_csv",
  "generic_csv",
] as const;
export type KnownFormat = (typeof knownFormats)[number];

export function knownFormat(format: string | null): KnownFormat | null {
  return knownFormats.find((known) => known === format) ?? null;
}
