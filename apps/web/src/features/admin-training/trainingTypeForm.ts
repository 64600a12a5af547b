import {
  type AbilityProfile,
  type ActivityMapping,
  activityNameKey,
  type Language,
  type TrainingCategory,
  type TrainingType,
  type TrainingTypeCreate,
  type TrainingTypeUpdate,
  trainingCategories,
  trainingTypeCreate,
} from "@mitai/shared";
import { z } from "zod";
import { ApiError } from "../../lib/apiError";

/** The values of the type dialog: the create body's shape, for editing as well. */
export type TypeFormValues = TrainingTypeCreate;

const noAbilities: AbilityProfile = { endurance: 0, strength: 0, mobility: 0, coordination: 0, mind: 0 };

export function newTypeValues(category: TrainingCategory = "cardio"): TypeFormValues {
  return { key: "", nameDe: "", nameEn: "", icon: "activity", category, abilities: { ...noAbilities } };
}

export function typeFormValues(type: TrainingType): TypeFormValues {
  return {
    key: type.key,
    nameDe: type.nameDe,
    nameEn: type.nameEn,
    icon: type.icon,
    category: type.category,
    abilities: { ...type.abilities },
  };
}

/**
 * The shared create schema checks a new type; an edited one keeps its key (read-only, not sent),
 * so the key is taken as it is.
 */
export const createTypeSchema = trainingTypeCreate;
export const editTypeSchema = trainingTypeCreate.extend({ key: z.string() });

/** The PATCH body of an edit: everything but the key, which never changes. */
export function typeUpdateBody({ key: _key, ...rest }: TypeFormValues): TrainingTypeUpdate {
  return rest;
}

/**
 * A key proposed from the English name while the admin has not typed one: lower case, accents
 * dropped, anything else joined by single underscores ("Stand-up Paddle" → "stand_up_paddle").
 */
export function suggestKey(name: string): string {
  const key = name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .replace(/_+$/, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  return key;
}

export type CategoryGroup = { category: TrainingCategory; types: TrainingType[] };

/** Every type (the inactive included) by category in the categories' order, each group in its sort order. */
export function groupAllTypes(types: readonly TrainingType[]): CategoryGroup[] {
  return trainingCategories.flatMap((category) => {
    const list = types
      .filter((type) => type.category === category)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key));
    return list.length > 0 ? [{ category, types: list }] : [];
  });
}

/** The refusal to delete a type that sessions or mappings still use. */
export function isTypeInUse(error: unknown): boolean {
  return error instanceof ApiError && error.code === "training_type_in_use";
}

/**
 * A mapping matches the search when its name (compared as mappings compare names) or its type's
 * name in the app language or its key contains the text.
 */
export function matchesMapping(mapping: ActivityMapping, search: string, language: Language): boolean {
  const needle = activityNameKey(search);
  if (needle === "") return true;
  const type = mapping.trainingType;
  return [mapping.name, language === "de" ? type.nameDe : type.nameEn, type.key].some((text) =>
    activityNameKey(text).includes(needle),
  );
}

/** Mappings alphabetically by name in the user's language, as a list to scan by eye. */
export function sortMappings(mappings: readonly ActivityMapping[], locale: string): ActivityMapping[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  return [...mappings].sort((a, b) => collator.compare(a.name, b.name));
}
