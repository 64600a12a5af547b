import { describe, expect, it } from "vitest";
import { parseDay } from "../reader/values.js";
import { repairDoubleEncoding } from "./cells.js";
import { diaryDay } from "./diary.js";

describe("repairDoubleEncoding", () => {
  it.each([
    ["150 g Brokkoli, gedÃ¼nstet", "150 g Brokkoli, gedünstet"],
    ["1 Apfel, mittelgroÃŸ", "1 Apfel, mittelgroß"],
    ["25 g Ã„pfel", "25 g Äpfel"],
    ["1 EL OlivenÃ¶l", "1 EL Olivenöl"],
    ["KÃ¤se", "Käse"],
    ["Ã–l, Ãœberbacken", "Öl, Überbacken"],
    ["CafÃ© â‚¬", "Café €"],
  ])("%j → %j", (broken, repaired) => {
    expect(repairDoubleEncoding(broken)).toBe(repaired);
  });

  it("leaves text without the mark, or whose bytes are no UTF-8, as it is", () => {
    for (const text of ["Hähnchenbrust", "Müsli, 50 g", "Banane", "Ã alone", "Ã© and € side by side", ""]) {
      expect(repairDoubleEncoding(text)).toBe(text);
    }
  });
});

describe("the day of a diary row", () => {
  it.each([
    ["12.06.2026 23:44", "2026-06-12"],
    ["2022-11-03", "2022-11-03"],
    ["1/15/2024", "2024-01-15"],
    ["Jan 12 2025", "2025-01-12"],
    ["2024-11-08 00:00:00", "2024-11-08"],
    ["31.02.2026 12:00", null],
    ["gestern", null],
  ])("%j → %j", (raw, day) => {
    expect(diaryDay(raw)).toBe(day);
  });

  it("reads a date alone with parseDay", () => {
    expect(parseDay("21.05.2025")).toBe("2025-05-21");
    expect(parseDay("21.05.2025 07:30")).toBeNull();
  });
});
