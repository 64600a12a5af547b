import { describe, expect, it } from "vitest";
import { seriesOf } from "./series";

describe("seriesOf", () => {
  it("orders the points oldest first and leaves out entries without the value", () => {
    const entries = [
      { date: "2025-06-03", waist: 81 },
      { date: "2025-06-02", waist: null },
      { date: "2025-06-01", waist: 82.5 },
    ];
    const points = seriesOf(entries, (e) => e.waist);
    expect(points.map((p) => [p.date, p.value])).toEqual([
      ["2025-06-01", 82.5],
      ["2025-06-03", 81],
    ]);
    expect(points[1]?.day).toBe((points[0]?.day ?? 0) + 2);
  });

  it("gives nothing for no values", () => {
    expect(seriesOf([{ date: "2025-06-01", v: undefined }], (e) => e.v)).toEqual([]);
  });
});
