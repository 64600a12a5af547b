import { describe, expect, it } from "vitest";
import { caliperCreate, caliperMethods, missingSites, sitesFor } from "./caliper.js";

describe("sitesFor", () => {
  it("gives Jackson-Pollock 3-site different sites for men and women", () => {
    expect(sitesFor("jp3", "male")).toEqual(["chest", "abdomen", "thigh"]);
    expect(sitesFor("jp3", "female")).toEqual(["triceps", "suprailiac", "thigh"]);
  });
  it.each(caliperMethods.filter((m) => m !== "jp3"))("%s needs the same sites for both sexes", (method) => {
    expect(sitesFor(method, "male")).toEqual(sitesFor(method, "female"));
  });
  it("counts 7, 4 and 9 sites for jp7, dw4 and parrillo9", () => {
    expect([sitesFor("jp7", "male").length, sitesFor("dw4", "male").length]).toEqual([7, 4]);
    expect(sitesFor("parrillo9", "female")).toHaveLength(9);
  });
  it("treats null as missing", () => {
    expect(missingSites("dw4", "male", { biceps: 5, triceps: null, subscapular: 9 })).toEqual([
      "triceps",
      "suprailiac",
    ]);
  });
});

describe("caliperCreate", () => {
  const valid = { date: "2025-05-21", method: "jp3", chest: 12, abdomen: 20, thigh: 15 };

  it("accepts a 3-site measurement", () => {
    expect(caliperCreate.safeParse(valid).success).toBe(true);
  });
  it("rejects an unknown method, an unknown site and values outside 2–80 mm", () => {
    expect(caliperCreate.safeParse({ ...valid, method: "jp4" }).success).toBe(false);
    expect(caliperCreate.safeParse({ ...valid, forearm: 10 }).success).toBe(false);
    expect(caliperCreate.safeParse({ ...valid, chest: 1.9 }).success).toBe(false);
    expect(caliperCreate.safeParse({ ...valid, chest: 80.1 }).success).toBe(false);
    expect(caliperCreate.safeParse({ ...valid, chest: 2, thigh: 80 }).success).toBe(true);
  });
});
