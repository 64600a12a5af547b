import { toNestErrors } from "@hookform/resolvers";
import {
  type DefaultValues,
  type FieldError,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormSetError,
  useForm,
} from "react-hook-form";
import type { z } from "zod";
import { i18n } from "../i18n";
import { ApiError } from "../lib/apiError";
import { formatNumber } from "../lib/number";
import { validationMessage } from "../lib/validation";

function translateIssue(issue: z.core.$ZodIssue): string {
  const { key, values } = validationMessage(issue);
  if (!values) return i18n.t(key);
  return i18n.t(key, { limit: formatNumber(values.limit, i18n.resolvedLanguage ?? "en", { maxDigits: 2 }) });
}

/**
 * A react-hook-form resolver over a zod schema (the shared ones, or the web's form wrappers around
 * them) that speaks the user's language: like @hookform/resolvers' zodResolver, but the message
 * comes from the issue's code and limits, not from the schema's English text.
 */
export function schemaResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join(".");
      errors[path] ??= { type: issue.code, message: translateIssue(issue) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/** useForm wired to a schema; values are what the inputs hold, the submit handler gets the parsed output. */
export function useSchemaForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  defaultValues: DefaultValues<Input>,
) {
  return useForm<Input, unknown, Output>({
    resolver: schemaResolver(schema),
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
}

/**
 * Puts a 422's per-field messages next to the fields the form has. Returns true when every message
 * found its field, so the caller shows no extra banner.
 */
export function applyServerFieldErrors<Input extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Input>,
  fields: readonly FieldPath<Input>[],
): boolean {
  if (!(error instanceof ApiError) || error.code !== "validation_error" || error.fieldErrors.length === 0) {
    return false;
  }
  let allPlaced = true;
  for (const issue of error.fieldErrors) {
    const field = fields.find((name) => name === issue.path || issue.path.endsWith(`.${name}`));
    if (field) setError(field, { type: "server", message: issue.message }, { shouldFocus: true });
    else allPlaced = false;
  }
  return allPlaced;
}
