import { describe, expect, it } from "vitest";
import { KeySet } from "./key-set.js";

describe("KeySet", () => {
  it("holds instants and day numbers exactly, through growing, like a Set", () => {
    const keys = new KeySet(4);
    const reference = new Set<number>();
    const start = Date.UTC(2020, 0, 1);
    for (let i = 0; i < 50_000; i++) {
      // Minutes apart, some repeated; and small day numbers.
      const key = i % 3 === 0 ? 18_000 + (i % 4000) : start + (i % 20_000) * 60_000;
      expect(keys.add(key)).toBe(!reference.has(key));
      reference.add(key);
    }
    expect(keys.size).toBe(reference.size);
    for (const key of reference) expect(keys.has(key)).toBe(true);
    expect(keys.has(start - 60_000)).toBe(false);
    expect(keys.has(17_999)).toBe(false);
    expect(keys.has(0)).toBe(false);
    keys.add(0);
    expect(keys.has(0)).toBe(true);
  });
});
