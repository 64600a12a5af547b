import { describe, expect, it } from "vitest";
import { formatKg, formatKgChange, parseDecimal, parseInteger, toInputNumber } from "./number";

/** Intl uses narrow no-break spaces in some locales; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("parseDecimal", () => {
  it.each([
    ["82,4", 82.4],
    ["82.4", 82.4],
    [" 82,40 ", 82.4],
    ["82", 82],
    ["82,", 82],
    [",5", 0.5],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1 234,5", 1234.5],
    ["-0,6", -0.6],
    ["\u22120,6", -0.6],
  ])("reads %j as %d", (input, expected) => {
    expect(parseDecimal(input)).toBeCloseTo(expected, 10);
  });

  it.each(["", "  ", "abc", "82,4,1", "82.4.1", "8 2a", "1e3", "--1", ",", "."])("rejects %j", (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe("parseInteger", () => {
  it("reads whole numbers only", () => {
    expect(parseInteger(" 30 ")).toBe(30);
    expect(parseInteger("3,5")).toBeNull();
    expect(parseInteger("")).toBeNull();
  });
});

describe("formatting", () => {
  it("uses the decimal comma in German", () => {
    expect(plain(formatKg(82.4, "de"))).toBe("82,4 kg");
    expect(plain(formatKg(82.45, "de", 2))).toBe("82,45 kg");
    expect(plain(formatKg(82, "en"))).toBe("82.0 kg");
  });

  it("signs changes", () => {
    expect(plain(formatKgChange(-1.24, "de"))).toBe("-1,2 kg");
    expect(plain(formatKgChange(0.6, "en"))).toBe("+0.6 kg");
    expect(plain(formatKgChange(0, "en"))).toBe("0.0 kg");
  });

  it("round-trips input values", () => {
    expect(toInputNumber(82.4, "de")).toBe("82,4");
    expect(toInputNumber(1234.5, "de")).toBe("1234,5");
    expect(parseDecimal(toInputNumber(82.45, "de"))).toBe(82.45);
    expect(toInputNumber(null, "de")).toBe("");
  });
});
