import { circumferencePoints } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { labelSide, pointOfField, SKETCH_HEIGHT, SKETCH_WIDTH, sketchLines } from "./sketch";

describe("sketchLines", () => {
  it("draws every point inside the figure's box, left to right", () => {
    for (const point of circumferencePoints) {
      const { y, x1, x2 } = sketchLines[point];
      expect(y, point).toBeGreaterThan(0);
      expect(y, point).toBeLessThan(SKETCH_HEIGHT);
      expect(x1, point).toBeGreaterThanOrEqual(0);
      expect(x2, point).toBeLessThanOrEqual(SKETCH_WIDTH);
      expect(x2, point).toBeGreaterThan(x1);
    }
  });

  it("puts the trunk points in their order from head to feet", () => {
    const ys = (["neck", "chest", "waist", "belly", "hip"] as const).map((p) => sketchLines[p].y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(sketchLines.thigh.y).toBeGreaterThan(sketchLines.hip.y);
    expect(sketchLines.calf.y).toBeGreaterThan(sketchLines.thigh.y);
  });

  it("keeps the limbs narrower than the trunk and on one side of the middle", () => {
    const middle = SKETCH_WIDTH / 2;
    for (const limb of ["arm", "thigh", "calf"] as const) {
      const { x1, x2 } = sketchLines[limb];
      expect(x2 - x1, limb).toBeLessThan(sketchLines.waist.x2 - sketchLines.waist.x1);
      expect(x2, limb).toBeLessThan(middle);
      expect(labelSide(limb)).toBe("left");
    }
    expect(labelSide("waist")).toBe("right");
  });
});

describe("pointOfField", () => {
  it("maps an input's name to its point", () => {
    expect(pointOfField("waist")).toBe("waist");
    expect(pointOfField("arm")).toBe("arm");
  });

  it("ignores the other inputs", () => {
    expect(pointOfField("date")).toBeNull();
    expect(pointOfField("note")).toBeNull();
    expect(pointOfField("")).toBeNull();
    expect(pointOfField(null)).toBeNull();
  });
});
