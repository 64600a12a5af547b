import { kjToKcal } from "@mitai/shared";
import { type Built, nutritionRecord } from "./records.js";

/** Health Auto Export's dietary metrics (their header names are in its vocabulary table). */
export type DietMetric = "dietaryEnergy" | "protein" | "carbs" | "fat" | "fiber";

/** A column as Health Auto Export's header gives it: what matters here is its unit. */
type UnitColumn = { unit: string };

type Diet<C extends UnitColumn> = { energy: C; protein?: C; carbs?: C; fat?: C; fiber?: C };

/** The dietary columns, when the file has dietary energy in kJ or kcal (a row's macros need it). */
export function dietColumns<C extends UnitColumn>(
  find: (metric: DietMetric) => C | undefined,
): Diet<C> | null {
  const energy = find("dietaryEnergy");
  if (!energy || !["kj", "kcal", "cal"].includes(energy.unit)) return null;
  return { energy, protein: find("protein"), carbs: find("carbs"), fat: find("fat"), fiber: find("fiber") };
}

/**
 * The row's nutrition (a day's or an hour's: the import sums a day's rows), energy made kcal as the
 * header's unit says. Null for a row with nothing eaten.
 */
export function dietOf<C extends UnitColumn>(
  diet: Diet<C>,
  number: (c: C | undefined) => number | null | string,
  date: string,
  line: number,
): Built | null {
  const values = {
    energy: number(diet.energy),
    protein: number(diet.protein),
    carbs: number(diet.carbs),
    fat: number(diet.fat),
    fiber: number(diet.fiber),
  };
  const bad = Object.entries(values).find(([, v]) => typeof v === "string");
  if (bad) return { reason: `dietary ${bad[0]} ${bad[1]}` };
  const n = (v: number | null | string) => (typeof v === "number" ? v : null);
  const energy = n(values.energy);
  const [protein, carbs, fat, fiber] = [values.protein, values.carbs, values.fat, values.fiber].map(n);
  if (!energy && !protein && !carbs && !fat) return null;
  if (energy === null) return { reason: "dietary energy is missing" };
  return nutritionRecord(date, line, {
    kcal: diet.energy.unit === "kj" ? kjToKcal(energy) : energy,
    proteinG: protein ?? 0,
    fatG: fat ?? 0,
    carbsG: carbs ?? 0,
    fiberG: fiber ?? null,
    note: null,
  });
}
