import { describe, expect, it } from "vitest";
import { circumferenceCreate, circumferenceUpdate } from "./circumference.js";

describe("circumferenceCreate", () => {
  it("accepts any single point", () => {
    expect(circumferenceCreate.safeParse({ date: "2025-05-21", calf: 38 }).success).toBe(true);
  });
  it("needs at least one point, and says which ones", () => {
    const r = circumferenceCreate.safeParse({ date: "2025-05-21", waist: null, note: "forgot the tape" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/needs at least one of neck, chest, waist/);
  });
  it("keeps each point within 10–250 cm and rejects unknown keys", () => {
    expect(circumferenceCreate.safeParse({ date: "2025-05-21", waist: 9.9 }).success).toBe(false);
    expect(circumferenceCreate.safeParse({ date: "2025-05-21", waist: 250.1 }).success).toBe(false);
    expect(circumferenceCreate.safeParse({ date: "2025-05-21", neck: 10, hip: 250 }).success).toBe(true);
    expect(circumferenceCreate.safeParse({ date: "2025-05-21", wrist: 17 }).success).toBe(false);
  });
  it("lets an update carry only a note", () => {
    expect(circumferenceUpdate.safeParse({ note: "after holiday" }).success).toBe(true);
  });
});
