import type { z } from "zod";

/** Reasons that the web's own input parsers attach to a custom issue as `params.reason`. */
export const inputReasons = [
  "number",
  "integer",
  "futureDate",
  "futureTime",
  "time",
  "diastolicBelow",
  "required",
  "atLeastOne",
  "wakeAfterBed",
  "phasesExceedNight",
] as const;
export type InputReason = (typeof inputReasons)[number];

export type ValidationKey =
  | "validation.required"
  | "validation.tooShort"
  | "validation.tooLong"
  | "validation.tooSmall"
  | "validation.tooBig"
  | "validation.email"
  | "validation.date"
  | "validation.number"
  | "validation.integer"
  | "validation.futureDate"
  | "validation.futureTime"
  | "validation.time"
  | "validation.diastolicBelow"
  | "validation.atLeastOne"
  | "validation.wakeAfterBed"
  | "validation.phasesExceedNight"
  | "validation.choice"
  | "validation.invalid";

export type ValidationMessage = { key: ValidationKey; values?: { limit: number } };

const reasonKeys: Record<InputReason, ValidationKey> = {
  number: "validation.number",
  integer: "validation.integer",
  futureDate: "validation.futureDate",
  futureTime: "validation.futureTime",
  time: "validation.time",
  diastolicBelow: "validation.diastolicBelow",
  required: "validation.required",
  atLeastOne: "validation.atLeastOne",
  wakeAfterBed: "validation.wakeAfterBed",
  phasesExceedNight: "validation.phasesExceedNight",
};

function isInputReason(value: unknown): value is InputReason {
  return inputReasons.some((reason) => reason === value);
}

/**
 * The translation for a zod issue, chosen by its code and parameters: the shared schemas carry
 * English messages, and in zod 4 those win over any per-parse error map, so the web translates here.
 */
export function validationMessage(issue: z.core.$ZodIssue): ValidationMessage {
  switch (issue.code) {
    case "too_small": {
      const limit = Number(issue.minimum);
      if (issue.origin === "string") {
        return limit <= 1
          ? { key: "validation.required" }
          : { key: "validation.tooShort", values: { limit } };
      }
      return { key: "validation.tooSmall", values: { limit } };
    }
    case "too_big": {
      const limit = Number(issue.maximum);
      return {
        key: issue.origin === "string" ? "validation.tooLong" : "validation.tooBig",
        values: { limit },
      };
    }
    case "invalid_format":
      if (issue.format === "email") return { key: "validation.email" };
      if (issue.format === "date") return { key: "validation.date" };
      return { key: "validation.invalid" };
    case "invalid_type":
      if (issue.expected === "number") return { key: "validation.number" };
      if (issue.expected === "int") return { key: "validation.integer" };
      return issue.input === undefined ? { key: "validation.required" } : { key: "validation.invalid" };
    case "invalid_value":
      return { key: "validation.choice" };
    case "custom": {
      const reason: unknown = issue.params?.reason;
      return isInputReason(reason) ? { key: reasonKeys[reason] } : { key: "validation.invalid" };
    }
    default:
      return { key: "validation.invalid" };
  }
}
