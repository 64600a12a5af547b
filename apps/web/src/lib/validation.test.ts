import { loginBody, registerBody, weightCreate } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decimalInput } from "./inputSchemas";
import { validationMessage } from "./validation";

function firstMessage(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a validation failure");
  const issue = result.error.issues[0];
  if (!issue) throw new Error("no issue");
  return { path: issue.path.join("."), ...validationMessage(issue) };
}

describe("validationMessage for the shared schemas", () => {
  it("names a missing or malformed e-mail", () => {
    expect(firstMessage(loginBody, { email: "", password: "x" })).toEqual({
      path: "email",
      key: "validation.email",
    });
  });

  it("gives the password's minimum length", () => {
    expect(firstMessage(registerBody, { name: "A", email: "a@b.de", password: "short" })).toEqual({
      path: "password",
      key: "validation.tooShort",
      values: { limit: 8 },
    });
  });

  it("asks for a required name", () => {
    expect(firstMessage(registerBody, { name: " ", email: "a@b.de", password: "longenough" })).toEqual({
      path: "name",
      key: "validation.required",
    });
  });

  it("gives the weight bounds", () => {
    expect(firstMessage(weightCreate, { date: "2025-01-01", weight: 12 })).toEqual({
      path: "weight",
      key: "validation.tooSmall",
      values: { limit: 20 },
    });
    expect(firstMessage(weightCreate, { date: "2025-01-01", weight: 401 })).toMatchObject({
      key: "validation.tooBig",
      values: { limit: 400 },
    });
  });

  it("rejects impossible dates", () => {
    expect(firstMessage(weightCreate, { date: "2025-02-30", weight: 80 })).toEqual({
      path: "date",
      key: "validation.date",
    });
  });

  it("explains the web's own input parsers", () => {
    expect(firstMessage(decimalInput, "82,4,1")).toEqual({ path: "", key: "validation.number" });
    expect(firstMessage(z.enum(["a", "b"]), "c")).toEqual({ path: "", key: "validation.choice" });
  });
});
