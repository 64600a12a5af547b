import { describe, expect, it } from "vitest";
import { changeTone, trendDirection } from "./trend";

describe("changeTone", () => {
  it("is good when the weight moves toward the goal", () => {
    expect(changeTone(-0.6, 82, 75)).toBe("good");
    expect(changeTone(0.4, 58, 62)).toBe("good");
  });

  it("stays neutral away from the goal, without one, or at it", () => {
    expect(changeTone(0.6, 82, 75)).toBe("neutral");
    expect(changeTone(-0.6, 82, null)).toBe("neutral");
    expect(changeTone(-0.6, 75, 75)).toBe("neutral");
    expect(changeTone(null, 82, 75)).toBe("neutral");
  });
});

describe("trendDirection", () => {
  it("calls small slopes stable", () => {
    expect(trendDirection(-0.05)).toBe("flat");
    expect(trendDirection(-0.3)).toBe("down");
    expect(trendDirection(0.25)).toBe("up");
    expect(trendDirection(null)).toBeNull();
  });
});
