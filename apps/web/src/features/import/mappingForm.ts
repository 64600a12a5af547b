import {
  type ImportJob,
  type ImportMappingInput,
  type MappableKind,
  type MappingField,
  vitalsMetrics,
} from "@mitai/shared";
import { type DateOrder, guessDateOrder, guessFields, guessKind, kindFields } from "./columnGuess";

export type GenericFile = NonNullable<ImportJob["generic"]>;

/** Per field the chosen header, "" for "not in the file"; one set per kind, so switching back keeps a choice. */
export type FieldsByKind = Record<MappableKind, Record<string, string>>;

export type MappingFormValues = {
  kind: MappableKind;
  fields: FieldsByKind;
  dateOrder: DateOrder;
  remember: boolean;
};

/** Fields whose cells are dates (or dates and times): only their slashes make the day/month order matter. */
const dateFields: readonly MappingField[] = ["date", "bedtime", "wakeTime"];

function fieldsFor(kind: MappableKind, chosen: Partial<Record<string, string>>, headers: readonly string[]) {
  const fields: Record<string, string> = {};
  for (const { name } of kindFields(kind)) {
    const header = chosen[name];
    fields[name] = header !== undefined && headers.includes(header) ? header : "";
  }
  return fields;
}

/**
 * Where the form starts: the mapping in use when there is one (changing it), else the guesses from
 * the headers for every kind, the likeliest kind chosen, and a day/month order read off the sample.
 */
export function initialMappingValues(file: GenericFile, fallbackOrder: DateOrder): MappingFormValues {
  const { headers, sample, mapping } = file;
  const guessed = (kind: MappableKind) => fieldsFor(kind, guessFields(kind, headers), headers);
  const fields: FieldsByKind = {
    blood_pressure: guessed("blood_pressure"),
    vitals: guessed("vitals"),
    sleep: guessed("sleep"),
    nutrition: guessed("nutrition"),
  };
  if (mapping) {
    fields[mapping.kind] = fieldsFor(mapping.kind, mapping.fields, headers);
    return { kind: mapping.kind, fields, dateOrder: mapping.dateOrder, remember: true };
  }
  return {
    kind: guessKind(headers),
    fields,
    dateOrder: guessDateOrder(sample.flat(), fallbackOrder),
    remember: true,
  };
}

/** The sample's cells in the column with this header, as read. */
export function columnCells(file: GenericFile, header: string): string[] {
  const column = file.headers.indexOf(header);
  if (column === -1) return [];
  return file.sample.map((row) => row[column] ?? "");
}

/** A few distinct, non-empty sample values of a column: what the user sees next to its select. */
export function sampleValues(file: GenericFile, header: string, max = 3): string[] {
  const values: string[] = [];
  for (const cell of columnCells(file, header)) {
    const value = cell.trim();
    if (value !== "" && !values.includes(value)) values.push(value);
    if (values.length === max) break;
  }
  return values;
}

/** Whether the chosen date columns hold slash dates, so the day/month order has to be asked. */
export function needsDateOrder(values: MappingFormValues, file: GenericFile): boolean {
  const chosen = values.fields[values.kind];
  return dateFields.some((field) => {
    const header = chosen[field];
    return header ? columnCells(file, header).some((cell) => cell.includes("/")) : false;
  });
}

export type MappingProblem = { field: MappingField; reason: "missing" | "atLeastOne" };

/**
 * What keeps the mapping from being sent, as the server would say it: a required field without a
 * column, or a morning without any value (a date alone is no vitals entry).
 */
export function mappingProblems(values: MappingFormValues): MappingProblem[] {
  const chosen = values.fields[values.kind];
  const problems: MappingProblem[] = kindFields(values.kind)
    .filter(({ name, required }) => required && !chosen[name])
    .map(({ name }) => ({ field: name, reason: "missing" }));
  if (values.kind === "vitals" && !vitalsMetrics.some((metric) => chosen[metric])) {
    problems.push({ field: "restingHr", reason: "atLeastOne" });
  }
  return problems;
}

/** For the sample table: which fields each header is mapped to now. */
export function fieldsByHeader(values: MappingFormValues): Map<string, MappingField[]> {
  const chosen = values.fields[values.kind];
  const byHeader = new Map<string, MappingField[]>();
  for (const { name } of kindFields(values.kind)) {
    const header = chosen[name];
    if (!header) continue;
    byHeader.set(header, [...(byHeader.get(header) ?? []), name]);
  }
  return byHeader;
}

/** The request body: only the chosen kind's fields that have a column. */
export function toMappingInput(values: MappingFormValues): ImportMappingInput {
  const chosen = values.fields[values.kind];
  const fields: Record<string, string> = {};
  for (const { name } of kindFields(values.kind)) {
    const header = chosen[name];
    if (header) fields[name] = header;
  }
  return { kind: values.kind, fields, dateOrder: values.dateOrder, remember: values.remember };
}

/** A remembered mapping's headers, short enough for one line: the first few, each cut, and how many more. */
export function abbreviateHeaders(
  headers: readonly string[],
  max = 4,
  maxLength = 16,
): { shown: string[]; more: number } {
  const cut = (header: string) => (header.length > maxLength ? `${header.slice(0, maxLength - 1)}…` : header);
  return { shown: headers.slice(0, max).map(cut), more: Math.max(0, headers.length - max) };
}
