import {
  type ColumnMapping,
  type MappableKind,
  type MappingField,
  mappableKinds,
  mappingFields,
} from "@mitai/shared";

export type DateOrder = ColumnMapping["dateOrder"];

/**
 * A header as the guesses compare it: camelCase split, lower case, no accents (ß as ss, ₂ as 2),
 * units in parentheses dropped, every other run of punctuation a single space.
 * "Systolisch (mmHg)" → "systolisch", "restingHr" → "resting hr", "Qualität" → "qualitat".
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/\([^)]*\)?/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** What a column holding the field is called in the files people have, in English and German (normalized). */
const synonyms: Record<MappingField, readonly string[]> = {
  date: ["date", "datum", "day", "tag", "messdatum", "measurement date", "timestamp", "zeitstempel", "night"],
  time: ["time", "uhrzeit", "zeit", "messzeit", "measurement time"],
  systolic: ["sys", "systolic", "systolisch", "systole", "sbp", "oberer wert"],
  diastolic: ["dia", "diastolic", "diastolisch", "diastole", "dbp", "unterer wert"],
  pulse: ["pulse", "puls", "pul", "hr", "heart rate", "herzfrequenz", "pulse rate", "pulsfrequenz", "bpm"],
  irregularHeartbeat: [
    "irregular heartbeat",
    "irregular heart beat",
    "irregular",
    "ihb",
    "arrhythmia",
    "arrhythmie",
    "unregelmassiger herzschlag",
    "unregelmassig",
  ],
  note: ["note", "notes", "notiz", "notizen", "comment", "comments", "kommentar", "bemerkung", "memo"],
  restingHr: ["resting hr", "resting heart rate", "resting pulse", "rhr", "ruhepuls", "ruheherzfrequenz"],
  hrv: ["hrv", "heart rate variability", "herzfrequenzvariabilitat", "rmssd", "sdnn"],
  vo2Max: ["vo2max", "vo2 max", "vo2", "cardio fitness", "cardiofitness"],
  spo2: [
    "spo2",
    "sp o2",
    "blood oxygen",
    "oxygen saturation",
    "blood oxygen saturation",
    "sauerstoffsattigung",
    "o2",
  ],
  respiratoryRate: ["respiratory rate", "respiration rate", "breathing rate", "resp rate", "atemfrequenz"],
  bedtime: [
    "bedtime",
    "bed time",
    "went to bed",
    "to bed",
    "schlafenszeit",
    "bettzeit",
    "zu bett",
    "ins bett",
    "sleep start",
    "start",
    "beginn",
    "eingeschlafen",
    "from",
    "von",
  ],
  wakeTime: [
    "wake time",
    "waketime",
    "wake up",
    "wakeup",
    "woke up",
    "wake",
    "aufgewacht",
    "aufwachen",
    "aufgestanden",
    "sleep end",
    "end",
    "ende",
    "bis",
  ],
  quality: ["quality", "sleep quality", "qualitat", "schlafqualitat", "rating", "bewertung"],
  deepMin: ["deep", "deep sleep", "tiefschlaf"],
  remMin: ["rem", "rem sleep", "rem schlaf", "traumschlaf"],
  lightMin: ["light", "light sleep", "core", "core sleep", "leichtschlaf", "kernschlaf"],
  awakeMin: ["awake", "wach", "awake time", "wachzeit"],
  // Nutrition diaries name their units in parentheses ("Energy (kcal)", "Eiweiß (g)"), dropped here.
  kcal: [
    "kcal",
    "calories",
    "calorie",
    "cal",
    "kalorien",
    "energy",
    "energie",
    "dietary energy",
    "food energy",
    "brennwert",
    "nahrungsenergie",
  ],
  proteinG: ["protein", "proteins", "proteine", "eiweiss", "eiweis"],
  fatG: ["fat", "fats", "total fat", "fett", "fett gesamt", "fette"],
  carbsG: ["carbs", "carbohydrate", "carbohydrates", "total carbohydrates", "kohlenhydrate", "kh"],
  fiberG: ["fiber", "fibre", "dietary fiber", "dietary fibre", "ballaststoffe"],
};

type Match = { exact: boolean; length: number };

/** How well a normalized header names a field: the whole header, or a phrase of whole words in it. */
function match(header: string, field: MappingField): Match | null {
  let best: Match | null = null;
  for (const name of synonyms[field]) {
    const exact = header === name;
    if (!exact && !` ${header} `.includes(` ${name} `)) continue;
    if (!best || (exact && !best.exact) || (exact === best.exact && name.length > best.length)) {
      best = { exact, length: name.length };
    }
  }
  return best;
}

/** The fields of a kind in the order the form shows them: the required ones first. */
export function kindFields(kind: MappableKind): { name: MappingField; required: boolean }[] {
  const { required, optional } = mappingFields[kind];
  return [
    ...required.map((name) => ({ name, required: true })),
    ...optional.map((name) => ({ name, required: false })),
  ];
}

/**
 * The column each field of `kind` is most likely in, by its header; a column is used once. A whole
 * header naming the field beats a phrase inside a header, a required field beats an optional one
 * (so "Datum/Uhrzeit" becomes the date, not the time), and a longer phrase beats a shorter one.
 */
export function guessFields(
  kind: MappableKind,
  headers: readonly string[],
): Partial<Record<MappingField, string>> {
  const normalized = headers.map(normalizeHeader);
  const candidates: { field: MappingField; order: number; required: boolean; column: number; m: Match }[] =
    [];
  kindFields(kind).forEach(({ name, required }, order) => {
    normalized.forEach((header, column) => {
      const m = match(header, name);
      if (m) candidates.push({ field: name, order, required, column, m });
    });
  });
  candidates.sort(
    (a, b) =>
      Number(b.m.exact) - Number(a.m.exact) ||
      Number(b.required) - Number(a.required) ||
      b.m.length - a.m.length ||
      a.order - b.order ||
      a.column - b.column,
  );
  const guess: Partial<Record<MappingField, string>> = {};
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    const header = headers[column];
    if (guess[field] !== undefined || used.has(column) || header === undefined) continue;
    guess[field] = header;
    used.add(column);
  }
  return guess;
}

/** Fields any kind can have: finding them says nothing about what the file holds. */
const generalFields: readonly MappingField[] = ["date", "time", "note"];

/**
 * What the file most likely holds: the kind with the most of its own fields found, preferring one
 * whose required fields are all there; blood pressure when nothing points anywhere.
 */
export function guessKind(headers: readonly string[]): MappableKind {
  let best: MappableKind = "blood_pressure";
  let bestScore = 0;
  for (const kind of mappableKinds) {
    const guess = guessFields(kind, headers);
    const own = Object.keys(guess).filter((field) => !generalFields.some((g) => g === field)).length;
    const complete = mappingFields[kind].required.every((field) => guess[field] !== undefined);
    const score = own * 10 + (complete && own > 0 ? 100 : 0);
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The day/month order of slash dates: a first number above 12 can only be a day, a second one
 * above 12 only a day too; when every date is ambiguous (03/04/2025), the user's language decides.
 */
export function guessDateOrder(cells: readonly string[], fallback: DateOrder): DateOrder {
  for (const cell of cells) {
    const found = /^\s*(\d{1,2})\/(\d{1,2})\/\d{2,4}/.exec(cell);
    if (!found) continue;
    if (Number(found[1]) > 12) return "dmy";
    if (Number(found[2]) > 12) return "mdy";
  }
  return fallback;
}
