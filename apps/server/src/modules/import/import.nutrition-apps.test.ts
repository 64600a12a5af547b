import { roundTotals } from "@mitai/shared";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { importKit, storedNutrition, testdata } from "./import.testkit.js";

let t: TestApp;
const { upload, settled, importFile, leftoverUploads } = importKit(() => t);

beforeAll(async () => {
  t = await buildTestApp();
});

const values = (who: TestProfile) =>
  storedNutrition(t, who).then((rows) => rows.map(({ updatedAt: _u, ...r }) => r));

/** The real Cronometer servings export of shared/fixtures, copied into testdata (see its README). */
const servingsFile = () => testdata("dhjelmar_Diabetes_servings.csv");

/** The servings file's totals per day, summed here from the file itself (csv-parse, not the import's reader). */
async function servingsPerDay() {
  const rows: Record<string, string>[] = parse(await servingsFile(), { columns: true });
  const days = new Map<
    string,
    { kcal: number; proteinG: number; fatG: number; carbsG: number; fiberG: number; foods: string[] }
  >();
  for (const r of rows) {
    const day = r.Day ?? "";
    const sum = days.get(day) ?? { kcal: 0, proteinG: 0, fatG: 0, carbsG: 0, fiberG: 0, foods: [] };
    const n = (name: string) => Number(r[name] || 0);
    sum.kcal += n("Energy (kcal)");
    sum.proteinG += n("Protein (g)");
    sum.fatG += n("Fat (g)");
    sum.carbsG += n("Carbs (g)");
    sum.fiberG += n("Fiber (g)");
    sum.foods.push((r["Food Name"] ?? "").trim());
    days.set(day, sum);
  }
  // The day's foods are its note, cut at 500 characters.
  const note = (foods: string[]) => {
    const all = foods.join("; ");
    return all.length > 500 ? `${all.slice(0, 499)}…` : all;
  };
  return {
    rows: rows.length,
    days: [...days].map(([date, s]) => ({ date, ...roundTotals(s), note: note(s.foods) })),
  };
}

describe("Cronometer exports", () => {
  it("sums the real servings export per day as computed from the file, and adds nothing the second time", async () => {
    const p = await newProfile(t);
    const expected = await servingsPerDay();
    expect(expected.days).toHaveLength(7);
    const content = await servingsFile();
    const { analysed, done } = await importFile(p, "servings.csv", content);
    expect(analysed).toMatchObject({
      format: "cronometer_servings_csv",
      progress: { rows: expected.rows },
      counts: { new: 7, duplicate: 0, invalid: 0 },
    });
    expect(done.counts).toEqual({ new: 7, duplicate: 0, invalid: 0 });
    const days = await values(p);
    expect(days).toEqual(expected.days.map((d) => ({ ...d, source: "cronometer" })));
    expect(days[0]?.note).toMatch(
      /^Eggs, Cooked; Hass Avocado; Mozzarella Cheese, Part Skim Milk; English Muffin, White/,
    );
    // 7 and 8 November list more foods than a note holds
    expect(days.filter((d) => d.note?.endsWith("…")).map((d) => [d.date, d.note?.length])).toEqual([
      ["2022-11-07", 500],
      ["2022-11-08", 500],
    ]);

    const again = await importFile(p, "servings.csv", content);
    expect(again.analysed.counts).toEqual({ new: 0, duplicate: 7, invalid: 0 });
    expect(again.done.counts).toEqual({ new: 0, duplicate: 7, invalid: 0 });
    expect(await values(p)).toEqual(days);
  });

  it("reads the 69-column daily summary, passing over a day with nothing logged; the same account's servings replace its days", async () => {
    const p = await newProfile(t);
    const content = await testdata("cronometer-dailysummary.csv");
    const { analysed } = await importFile(p, "dailysummary.csv", content);
    expect(analysed).toMatchObject({
      format: "cronometer_daily_csv",
      formatLabel: "Cronometer daily summary (CSV)",
      progress: { rows: 3 },
      counts: { new: 3, duplicate: 0, invalid: 0 },
    });
    expect(await values(p)).toEqual([
      {
        date: "2026-03-02",
        source: "cronometer",
        kcal: 2144,
        proteinG: 131.4,
        fatG: 74.1,
        carbsG: 228.9,
        fiberG: 32.7,
        note: null,
      },
      {
        date: "2026-03-03",
        source: "cronometer",
        kcal: 1876,
        proteinG: 118.1,
        fatG: 69.9,
        carbsG: 190.4,
        fiberG: 25.5,
        note: null,
      },
      // logged in part: no fiber figure
      {
        date: "2026-03-05",
        source: "cronometer",
        kcal: 913,
        proteinG: 61.2,
        fatG: 38,
        carbsG: 80.4,
        fiberG: null,
        note: null,
      },
    ]);
    expect((await importFile(p, "dailysummary.csv", content)).done.counts).toEqual({
      new: 0,
      duplicate: 3,
      invalid: 0,
    });

    // The servings of 3 March from the same account: one entry for the day, not a second one.
    const servings = [
      "Day,Time,Group,Food Name,Amount,Energy (kcal),Carbs (g),Fiber (g),Fat (g),Protein (g),Category",
      '2026-03-03,8:10 AM,"Breakfast","Oatmeal","1.00 cup",300.00,54.00,8.00,5.20,10.60,"Cereal Grains and Pasta"',
      '2026-03-03,1:15 PM,"Lunch","Chicken Breast, Roasted","200.00 g",330.00,0.00,0.00,7.20,62.00,"Poultry Products"',
    ].join("\n");
    const replaced = await importFile(p, "servings.csv", Buffer.from(servings));
    expect(replaced.done.counts).toEqual({ new: 1, duplicate: 0, invalid: 0 });
    const days = await values(p);
    expect(days).toHaveLength(3);
    expect(days[1]).toEqual({
      date: "2026-03-03",
      source: "cronometer",
      kcal: 630,
      proteinG: 72.6,
      fatG: 12.4,
      carbsG: 54,
      fiberG: 8,
      note: "Oatmeal; Chicken Breast, Roasted",
    });
  });

  it("refuses the biometrics export, saying what it holds, and stores nothing", async () => {
    const p = await newProfile(t);
    const res = await upload(p, "biometrics.csv", await testdata("dhjelmar_Diabetes_biometrics.csv"));
    expect(res.statusCode).toBe(202);
    expect(await settled(p, res.json().id)).toMatchObject({
      status: "failed",
      error: "This Cronometer export holds biometrics (Metric, Unit, Amount), not nutrition",
    });
    expect(await values(p)).toEqual([]);
    expect(await leftoverUploads()).toEqual([]);
  });
});

describe("Health Auto Export dietary columns", () => {
  it("sums hourly rows per day, kJ made kcal, from a file with only dietary columns; the second time adds nothing", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const content = await testdata("HealthAutoExport-diet-2025-05-01-2025-05-02.csv");
    const { analysed, done } = await importFile(p, "HealthAutoExport.csv", content);
    expect(analysed).toMatchObject({
      format: "health_auto_export",
      // 7 hours, of which one is empty and one all zeros: nothing eaten then
      progress: { rows: 5 },
      counts: { new: 2, duplicate: 0, invalid: 0 },
    });
    expect(analysed.kinds).toEqual([{ kind: "nutrition", new: 2, duplicate: 0 }]);
    expect(done.counts).toEqual({ new: 2, duplicate: 0, invalid: 0 });
    expect(await values(p)).toEqual([
      // 8,086.3 kJ = 1,932.7 kcal
      {
        date: "2025-05-01",
        source: "health_auto_export",
        kcal: 1933,
        proteinG: 108.6,
        fatG: 66.4,
        carbsG: 191.2,
        fiberG: 22.4,
        note: null,
      },
      // 5,495.1 kJ = 1,313.4 kcal
      {
        date: "2025-05-02",
        source: "health_auto_export",
        kcal: 1313,
        proteinG: 70.7,
        fatG: 45.4,
        carbsG: 138.9,
        fiberG: 17.5,
        note: null,
      },
    ]);
    expect((await importFile(p, "HealthAutoExport.csv", content)).done.counts).toEqual({
      new: 0,
      duplicate: 2,
      invalid: 0,
    });
  });

  it("reads German dietary headers in kcal beside the day's vitals", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const content = await testdata("HealthAutoExport-de-diet-2025-05-10-2025-05-11.csv");
    const { analysed } = await importFile(p, "HealthAutoExport-de.csv", content);
    expect(analysed.kinds).toEqual([
      { kind: "vitals", new: 2, duplicate: 0 },
      { kind: "nutrition", new: 2, duplicate: 0 },
    ]);
    expect(await values(p)).toEqual([
      {
        date: "2025-05-10",
        source: "health_auto_export",
        kcal: 2151,
        proteinG: 118.4,
        fatG: 72.3,
        carbsG: 240.9,
        fiberG: 28.6,
        note: null,
      },
      {
        date: "2025-05-11",
        source: "health_auto_export",
        kcal: 1980,
        proteinG: 101.2,
        fatG: 70.1,
        carbsG: 215.5,
        fiberG: null,
        note: null,
      },
    ]);
  });
});
