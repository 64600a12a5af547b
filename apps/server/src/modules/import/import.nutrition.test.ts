import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { importKit, storedNutrition, testdata } from "./import.testkit.js";

let t: TestApp;
const { upload, settled, importFile, leftoverUploads } = importKit(() => t);

beforeAll(async () => {
  t = await buildTestApp();
});

const stored = (who: TestProfile) => storedNutrition(t, who);
const values = (who: TestProfile) => stored(who).then((rows) => rows.map(({ updatedAt: _u, ...r }) => r));

/** The upload's analysis as it settled (failed files included). */
async function analyse(who: TestProfile, name: string, content: Buffer | string) {
  const res = await upload(who, name, Buffer.isBuffer(content) ? content : Buffer.from(content));
  expect(res.statusCode).toBe(202);
  return settled(who, res.json().id);
}

describe("FDDB diary CSV", () => {
  it("sums the diary per day, kJ made kcal, the double-encoded names repaired; the second time adds nothing", async () => {
    const p = await newProfile(t);
    const content = await testdata("fddb-diary.csv");
    const { analysed, done } = await importFile(p, "fddb.csv", content);
    expect(analysed).toMatchObject({
      format: "fddb_csv",
      formatLabel: "FDDB diary (CSV)",
      progress: { rows: 14 },
      counts: { new: 3, duplicate: 0, invalid: 0 },
      errors: [],
    });
    expect(analysed.kinds).toEqual([{ kind: "nutrition", new: 3, duplicate: 0 }]);
    const june10 = {
      date: "2026-06-10",
      // 2,779 kJ / 4.184 = 664.2 kcal
      kcal: 664,
      proteinG: 62.1,
      fatG: 9.8,
      carbsG: 72.8,
      fiberG: null,
      note: "50 g Haferflocken, kernig; 200 ml Milch 1,5 %; 125 g Hähnchenbrust, gebraten; 200 g Kartoffeln, gekocht; 150 g Brokkoli, gedünstet",
    };
    expect(analysed.preview[0]).toEqual({ kind: "nutrition", ...june10, items: 5 });
    expect(done).toMatchObject({ status: "done", counts: { new: 3, duplicate: 0, invalid: 0 } });
    const days = await values(p);
    expect(days).toEqual([
      { ...june10, source: "fddb" },
      {
        date: "2026-06-11",
        source: "fddb",
        // 2,428 kJ = 580.3 kcal: the olive oil's 1,250 kJ of `kj_aktivitaeten` are not eaten
        kcal: 580,
        proteinG: 19.9,
        fatG: 21.5,
        carbsG: 73,
        fiberG: null,
        note: "1 Stück Vollkornbrötchen; 30 g Gouda, 45 % Fett; 1 Apfel, mittelgroß; 1 EL Olivenöl; 100 g Vollkornnudeln, gekocht",
      },
      {
        date: "2026-06-12",
        source: "fddb",
        // 2,335 kJ with the kJ-only quick entry's 1,046 = 558.1 kcal; its macros count as 0
        kcal: 558,
        proteinG: 19.9,
        fatG: 1,
        carbsG: 50,
        fiberG: null,
        note: "150 g Magerquark; 25 g Äpfel, getrocknet; Kalorien (Schnelleintrag); 150 g Banane, frisch",
      },
    ]);

    const before = await stored(p);
    const again = await importFile(p, "fddb.csv", content);
    expect(again.analysed.counts).toEqual({ new: 0, duplicate: 3, invalid: 0 });
    expect(again.done.counts).toEqual({ new: 0, duplicate: 3, invalid: 0 });
    expect(await stored(p)).toEqual(before);
    expect(await leftoverUploads()).toEqual([]);
  });

  it("reads the account export past its profile section; a newer export replaces only the changed day, beside a manual entry", async () => {
    const p = await newProfile(t);
    await importFile(p, "fddb.csv", await testdata("fddb-diary.csv"));
    await t.db.execute(sql`
      insert into nutrition_log (profile_id, date, kcal, protein_g, fat_g, carbs_g, note, source)
      values (${p.profile.id}, '2026-06-12', 300, 20, 10, 30, 'Kuchen im Büro', 'manual')`);
    const before = await stored(p);

    const account = await testdata("fddb-account-export.csv");
    const { analysed, done } = await importFile(p, "fddb_export.csv", account);
    // 11 June as before, 12 June completed since (a lentil soup more), 13 June new; 10 June is not in it
    expect(analysed).toMatchObject({
      format: "fddb_csv",
      progress: { rows: 12 },
      counts: { new: 2, duplicate: 1, invalid: 0 },
    });
    expect(done.counts).toEqual({ new: 2, duplicate: 1, invalid: 0 });
    const after = await stored(p);
    const pick = (rows: typeof after, date: string, source: string) =>
      rows.find((r) => r.date === date && r.source === source);
    expect(pick(after, "2026-06-10", "fddb")).toEqual(pick(before, "2026-06-10", "fddb"));
    expect(pick(after, "2026-06-11", "fddb")).toEqual(pick(before, "2026-06-11", "fddb"));
    expect(pick(after, "2026-06-12", "manual")).toEqual(pick(before, "2026-06-12", "manual"));
    expect(pick(after, "2026-06-12", "fddb")).toMatchObject({
      // 3,155 kJ = 754.1 kcal
      kcal: 754,
      proteinG: 31.9,
      fatG: 5,
      carbsG: 74,
      note: "150 g Magerquark; 25 g Äpfel, getrocknet; Kalorien (Schnelleintrag); 150 g Banane, frisch; 200 g Linsensuppe",
    });
    expect(pick(after, "2026-06-13", "fddb")).toMatchObject({
      kcal: 497,
      proteinG: 19,
      fatG: 20,
      carbsG: 48,
      note: "1 Portion Müsli; Salat mit Käse",
    });
    expect(after).toHaveLength(5);

    const again = await importFile(p, "fddb_export.csv", account);
    expect(again.done.counts).toEqual({ new: 0, duplicate: 3, invalid: 0 });
  });

  it("stops at the section after the diary, and refuses a diary without its kJ column, saying what it has", async () => {
    const p = await newProfile(t);
    const header =
      "datum_tag_monat_jahr_stunde_minute;bezeichnung;interne_id;kj;kj_aktivitaeten;fett_g;kh_g;protein_g;";
    const sections = [
      "profile;",
      '"benutzername";',
      '"ben";',
      "diary;",
      header,
      '"01.02.2026 08:00";"Porridge";"1";"1255,2";"0";"5";"40";"10";',
      "weight;",
      '"datum";"gewicht_kg";',
      '"01.02.2026 07:00";"81,5";',
    ].join("\n");
    const { analysed } = await importFile(p, "export.csv", Buffer.from(sections));
    expect(analysed).toMatchObject({ progress: { rows: 1 }, counts: { new: 1, invalid: 0 } });
    expect(await values(p)).toMatchObject([{ date: "2026-02-01", kcal: 300, proteinG: 10 }]);

    const noEnergy = await analyse(
      p,
      "fddb.csv",
      'datum_tag_monat_jahr_stunde_minute;bezeichnung;interne_id;\n"01.02.2026 08:00";"Porridge";"1";\n',
    );
    expect(noEnergy).toMatchObject({
      status: "failed",
      error:
        "This FDDB diary has no energy column (kj), so no nutrition to import (it has: datum_tag_monat_jahr_stunde_minute, bezeichnung, interne_id)",
    });
    expect(await values(p)).toHaveLength(1);
  });

  it("reports a bad row by its line and skips it; a day summing beyond an entry's limits is reported at its first line", async () => {
    const p = await newProfile(t);
    const csv = [
      "datum_tag_monat_jahr_stunde_minute;bezeichnung;interne_id;kj;kj_aktivitaeten;fett_g;kh_g;protein_g;",
      '"03.03.2026 08:00";"Brot";"1";"800";"0";"2";"35";"7";',
      '"03.03.2026 12:00";"Suppe";"2";"viel";"0";"2";"35";"7";',
      '"04.03.2026 12:00";"Buffet";"3";"50000";"0";"100";"900";"150";',
      '"31.02.2026 12:00";"Kuchen";"4";"900";"0";"12";"30";"4";',
      '"04.03.2026 19:00";"Nachtisch";"5";"40000";"0";"100";"900";"150";',
      '"05.03.2026 12:00";"Brühe";"6";"-50";"0";"0";"0";"1";',
    ].join("\n");
    const { analysed, done } = await importFile(p, "fddb.csv", Buffer.from(csv));
    expect(analysed).toMatchObject({ progress: { rows: 6 }, counts: { new: 1, duplicate: 0, invalid: 4 } });
    expect(analysed.errors).toEqual([
      { row: 3, reason: 'kj "viel" is not a number' },
      // 90,000 kJ = 21,511 kcal: more than one entry may hold
      {
        row: 4,
        reason: "the day 2026-03-04 sums to 21511 kcal (at most 20000): not imported",
      },
      { row: 5, reason: 'date "31.02.2026 12:00" is not a date' },
      { row: 7, reason: "kcal must not be negative" },
    ]);
    expect(done.counts).toEqual({ new: 1, duplicate: 0, invalid: 4 });
    expect(await values(p)).toMatchObject([{ date: "2026-03-03", kcal: 191, note: "Brot" }]);
  });
});

describe("MyFitnessPal nutrition summary", () => {
  it("sums the meals per day, with the meals and their notes as the day's note; the second time adds nothing", async () => {
    const p = await newProfile(t);
    const content = await testdata("myfitnesspal-nutrition.csv");
    const { analysed } = await importFile(p, "File-Export-2025-01-06-to-2025-01-07.csv", content);
    expect(analysed).toMatchObject({
      format: "myfitnesspal_csv",
      progress: { rows: 6 },
      counts: { new: 2, duplicate: 0, invalid: 0 },
    });
    expect(await values(p)).toEqual([
      {
        date: "2025-01-06",
        source: "myfitnesspal",
        kcal: 2037,
        proteinG: 111.3,
        fatG: 76,
        carbsG: 206,
        fiberG: 27,
        note: "Breakfast; Lunch: Leftovers, reheated; Dinner; Snacks",
      },
      {
        date: "2025-01-07",
        source: "myfitnesspal",
        kcal: 1201,
        proteinG: 70.4,
        fatG: 47.2,
        carbsG: 120.5,
        fiberG: 13.3,
        note: "Breakfast; Dinner: Birthday dinner",
      },
    ]);
    const again = await importFile(p, "again.csv", content);
    expect(again.analysed.counts).toEqual({ new: 0, duplicate: 2, invalid: 0 });
    expect(again.done.counts).toEqual({ new: 0, duplicate: 2, invalid: 0 });
  });

  it("reads the older layout without the Time column", async () => {
    const p = await newProfile(t);
    const content = await testdata("myfitnesspal-nutrition-old.csv");
    const { analysed } = await importFile(p, "old.csv", content);
    expect(analysed).toMatchObject({ format: "myfitnesspal_csv", counts: { new: 2, invalid: 0 } });
    expect(await values(p)).toMatchObject([
      { date: "2024-12-30", kcal: 1665, proteinG: 91.8, fatG: 59, carbsG: 166.8, fiberG: 17.3 },
      {
        date: "2024-12-31",
        kcal: 1690,
        proteinG: 78.6,
        fatG: 73.3,
        carbsG: 151.3,
        fiberG: 11.6,
        note: "Lunch: New Year's Eve; Dinner: Raclette",
      },
    ]);
    expect((await importFile(p, "old.csv", content)).done.counts).toEqual({
      new: 0,
      duplicate: 2,
      invalid: 0,
    });
  });

  it("refuses a meal diary without nutrition columns, saying what it has, and stores nothing", async () => {
    const p = await newProfile(t);
    const j = await analyse(p, "meals.csv", "Date,Meal,Note\n2025-01-06,Breakfast,Porridge\n");
    expect(j).toMatchObject({
      status: "failed",
      error:
        "This meal diary holds no nutrition columns (Calories, Fat, Carbohydrates, Protein) (it has: Date, Meal, Note)",
    });
    expect(await stored(p)).toEqual([]);
    expect(await leftoverUploads()).toEqual([]);
  });

  it("still refuses a JPEG at once, asked for as a nutrition format or not", async () => {
    const p = await newProfile(t);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    const requests: Record<string, string>[] = [{}, { format: "myfitnesspal_csv" }];
    for (const fields of requests) {
      const res = await upload(p, "diary.csv", jpeg, fields);
      expect(res.statusCode).toBe(415);
      expect(res.json().code).toBe("unsupported_file");
    }
    expect(await leftoverUploads()).toEqual([]);
  });
});

describe("a generic CSV mapped to nutrition", () => {
  it("sums the rows per day with unmapped macros as 0, and refuses a mapping without kcal", async () => {
    const p = await newProfile(t);
    const csv =
      "Tag;Essen;Energie;Eiweiß (g)\n03.02.2025;Müsli;420;14,5\n03.02.2025;Pasta;780,4;28\n04.02.2025;Salat;350;9\n";
    const waiting = await analyse(p, "essen.csv", csv);
    expect(waiting).toMatchObject({ status: "ready", needsMapping: true });
    const put = (payload: object) =>
      t.app.inject({
        method: "PUT",
        url: `/api/import/${waiting.id}/mapping`,
        headers: p.headers,
        payload,
      });
    const noKcal = await put({ kind: "nutrition", fields: { date: "Tag", proteinG: "Eiweiß (g)" } });
    expect(noKcal.statusCode).toBe(422);
    expect(noKcal.json().errors).toContainEqual({
      path: "fields.kcal",
      message: "is required for this kind",
    });

    const mapped = await put({
      kind: "nutrition",
      fields: { date: "Tag", kcal: "Energie", proteinG: "Eiweiß (g)", note: "Essen" },
      remember: false,
    });
    expect(mapped.statusCode).toBe(202);
    const analysed = await settled(p, waiting.id);
    expect(analysed).toMatchObject({ progress: { rows: 3 }, counts: { new: 2, duplicate: 0, invalid: 0 } });
    await t.app.inject({ method: "POST", url: `/api/import/${waiting.id}/commit`, headers: p.headers });
    expect(await settled(p, waiting.id)).toMatchObject({ status: "done", counts: { new: 2 } });
    expect(await values(p)).toEqual([
      {
        date: "2025-02-03",
        source: "csv",
        kcal: 1200,
        proteinG: 42.5,
        fatG: 0,
        carbsG: 0,
        fiberG: null,
        note: "Müsli; Pasta",
      },
      {
        date: "2025-02-04",
        source: "csv",
        kcal: 350,
        proteinG: 9,
        fatG: 0,
        carbsG: 0,
        fiberG: null,
        note: "Salat",
      },
    ]);
  });
});
