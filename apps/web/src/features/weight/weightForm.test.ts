import { describe, expect, it } from "vitest";
import { weightFormSchema, weightFormValues } from "./weightForm";

const schema = weightFormSchema("2025-06-10");

describe("weightFormSchema", () => {
  it("accepts the German decimal comma and sends a number", () => {
    expect(schema.parse({ date: "2025-06-10", weight: "82,4", note: "" })).toEqual({
      date: "2025-06-10",
      weight: 82.4,
      note: null,
    });
  });

  it("keeps a trimmed note", () => {
    expect(schema.parse({ date: "2025-06-01", weight: "82.4", note: " after run " }).note).toBe("after run");
  });

  it("refuses a day after the profile's today", () => {
    const result = schema.safeParse({ date: "2025-06-11", weight: "80", note: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["date"]);
  });

  it("refuses what is not a weight", () => {
    expect(schema.safeParse({ date: "2025-06-10", weight: "abc", note: "" }).success).toBe(false);
    expect(schema.safeParse({ date: "2025-06-10", weight: "19,9", note: "" }).success).toBe(false);
    expect(schema.safeParse({ date: "2025-06-10", weight: "", note: "" }).success).toBe(false);
  });
});

describe("weightFormValues", () => {
  it("puts an entry back into the inputs in the user's notation", () => {
    const entry = {
      id: "0b7c6f0e-8f7e-4d5c-9a55-2f4a3c1b9e11",
      date: "2025-06-01",
      weight: 82.45,
      note: null,
      source: "manual",
      createdAt: "2025-06-01T06:00:00Z",
      updatedAt: "2025-06-01T06:00:00Z",
    };
    expect(weightFormValues(entry, "de")).toEqual({ date: "2025-06-01", weight: "82,45", note: "" });
  });
});
