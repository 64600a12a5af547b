import { describe, expect, it } from "vitest";
import { copyLine } from "./client.js";

describe("copyLine (COPY text format)", () => {
  it("separates by tabs, writes null as \\N and booleans as t/f", () => {
    expect(copyLine(["a", 1, 2.5, true, false, null])).toBe("a\t1\t2.5\tt\tf\t\\N\n");
  });

  it("escapes backslashes, tabs, line feeds and carriage returns inside text", () => {
    expect(copyLine(["back\\slash", "\\N", "tab\there", "two\nlines", "cr\r"])).toBe(
      "back\\\\slash\t\\\\N\ttab\\there\ttwo\\nlines\tcr\\r\n",
    );
  });

  it("leaves every other character as it is", () => {
    expect(copyLine(['Übelkeit ☕, "quoted"; 100 %'])).toBe('Übelkeit ☕, "quoted"; 100 %\n');
  });
});
