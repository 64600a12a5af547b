import { z } from "zod";
import { parseDecimal, parseInteger } from "./number";
import type { InputReason } from "./validation";

function reject(ctx: z.RefinementCtx, reason: InputReason) {
  ctx.addIssue({ code: "custom", message: reason, params: { reason } });
  return z.NEVER;
}

/** A decimal typed in either language ("82,4" or "82.4") → number. */
export const decimalInput = z.string().transform((text, ctx) => {
  if (text.trim() === "") return reject(ctx, "required");
  return parseDecimal(text) ?? reject(ctx, "number");
});

/** Like `decimalInput`, but an empty field means "not set" (null). */
export const optionalDecimalInput = z.string().transform((text, ctx) => {
  if (text.trim() === "") return null;
  return parseDecimal(text) ?? reject(ctx, "number");
});

/** A whole number typed into a text field. */
export const integerInput = z.string().transform((text, ctx) => {
  if (text.trim() === "") return reject(ctx, "required");
  return parseInteger(text) ?? reject(ctx, "integer");
});

/** Like `integerInput`, but an empty field means "not set" (null). */
export const optionalIntegerInput = z.string().transform((text, ctx) => {
  if (text.trim() === "") return null;
  return parseInteger(text) ?? reject(ctx, "integer");
});

/** An empty text field means "not set" (null). */
export const emptyAsNull = z.string().transform((text) => (text.trim() === "" ? null : text));

/** A calendar day that is not after the profile's today (the server checks the same). */
export function notAfter(today: string) {
  return (day: string) => day <= today;
}
export const futureDateIssue = { params: { reason: "futureDate" } } satisfies {
  params: { reason: InputReason };
};
