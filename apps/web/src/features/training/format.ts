import type { Language, TrainingCategory, TrainingType, TrainingTypeRef } from "@mitai/shared";
import { trainingCategories } from "@mitai/shared";
import { formatNumber } from "../../lib/number";

/** A type's name in the app's language. */
export function typeName(type: Pick<TrainingTypeRef, "nameDe" | "nameEn">, language: Language): string {
  return language === "de" ? type.nameDe : type.nameEn;
}

/** Hours and the minutes left over, rounded to the whole minute. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const rounded = Math.max(0, Math.round(total));
  return { hours: Math.floor(rounded / 60), minutes: rounded % 60 };
}

/** "12,5 km" (de) / "12.5 km" (en). */
export function formatKm(km: number, locale: string): string {
  return `${formatNumber(km, locale, { maxDigits: 2 })} km`;
}

/** Lower-cased and without accents, so "jiu" finds "Jiu-Jitsu" and "kampf" finds "Kampfsport". */
function searchable(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

export type TypeGroup = { category: TrainingCategory; types: TrainingType[] };

/**
 * The active types grouped by category in the categories' order, each group in the types' own
 * order; with a search text only the types whose German or English name contains it, or every type
 * of a category whose name does.
 */
export function groupTypes(
  types: readonly TrainingType[],
  search = "",
  categoryName: (category: TrainingCategory) => string = () => "",
): TypeGroup[] {
  const needle = searchable(search.trim());
  const matches = (type: TrainingType) =>
    needle === "" ||
    searchable(type.nameDe).includes(needle) ||
    searchable(type.nameEn).includes(needle) ||
    type.key.includes(needle);
  return trainingCategories.flatMap((category) => {
    const wholeCategory = needle !== "" && searchable(categoryName(category)).includes(needle);
    const list = types
      .filter((type) => type.active && type.category === category && (wholeCategory || matches(type)))
      .sort((a, b) => a.sortOrder - b.sortOrder);
    return list.length > 0 ? [{ category, types: list }] : [];
  });
}
