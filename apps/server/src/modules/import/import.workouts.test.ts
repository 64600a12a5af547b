import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildTestApp, newProfile, sqlRows, type TestApp, type TestProfile } from "../../test/helpers.js";
import { importKit, storedSessions, testdata } from "./import.testkit.js";

/* Health Auto Export workouts files (testdata/README.md: written from the layout in FORMATS.md). */

const ENGLISH = "Workouts-20250301_000000-20250307_235959.csv";
const GERMAN = "Workouts-de-20250410_000000-20250412_235959.csv";

let t: TestApp;
let anna: TestProfile;
const typeIds = new Map<string, string>();
const { job, importFile, leftoverUploads } = importKit(() => t);

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t, { timeZone: "Europe/Berlin" });
  const types = await sqlRows(
    t.db,
    sql`select key, id::text as id from training_types`,
    z.object({ key: z.string(), id: z.string() }),
  );
  for (const type of types) typeIds.set(type.key, type.id);
});

describe("importing Health Auto Export workouts", () => {
  it("reads the English file in miles and kcal, maps the names, and adds nothing the second time", async () => {
    const content = await testdata(ENGLISH);
    const { analysed, done } = await importFile(anna, ENGLISH, content);
    expect(analysed).toMatchObject({
      format: "health_auto_export_workouts",
      formatLabel: "Health Auto Export workouts CSV (Apple Health)",
      counts: { new: 6, duplicate: 0, invalid: 2 },
      kinds: [{ kind: "activity", new: 6, duplicate: 0 }],
    });
    // The walk counts as new and as a row with something left out.
    expect(analysed.errors).toEqual([
      { row: 7, reason: "hrMax must be at most 250" },
      { row: 8, reason: 'start "2025-03-07 25:10:00" is not a date and time' },
    ]);
    expect(analysed.preview[0]).toEqual({
      kind: "activity",
      date: "2025-03-01",
      startTime: "07:12",
      name: "Traditional Strength Training",
      trainingTypeId: typeIds.get("weight_training"),
      durationMin: 58.68,
      kcalActive: 312.4,
      hrAvg: 118,
      hrMax: 152,
      distanceKm: null,
    });
    expect(done).toMatchObject({ status: "done", counts: { new: 6, duplicate: 0, invalid: 2 } });

    const stored = await storedSessions(t, anna);
    expect(stored.map((s) => [s.date, s.start_time, s.name, s.type])).toEqual([
      ["2025-03-01", "07:12", "Traditional Strength Training", "weight_training"],
      ["2025-03-02", "08:05", "Outdoor Run", "running"],
      ["2025-03-03", "17:30", "Outdoor Cycle", "cycling"],
      ["2025-03-04", "06:30", "Yoga", "yoga"],
      ["2025-03-05", "18:00", "Pickleball", "racket_sports"],
      ["2025-03-06", "12:10", "Outdoor Walk", "walking"],
    ]);
    const run = stored[1];
    // 5.12 mi = 8.2398 km; 00:44:18 = 44.3 min.
    expect(run).toMatchObject({ duration_min: 44.3, kcal_active: 498.7, hr_avg: 156, hr_max: 178 });
    expect(run?.distance_km).toBeCloseTo(5.12 * 1.609344, 4);
    expect(stored[2]?.distance_km).toBeCloseTo(18.41 * 1.609344, 4);
    // The walk's maximum heart rate of 301 is left out, the rest of the session kept.
    expect(stored[5]).toMatchObject({ hr_avg: 102, hr_max: null, distance_km: 2.1565 });
    expect(stored[0]).toMatchObject({
      source: "health_auto_export",
      external_id: "2025-03-01T06:12:00.000Z",
      name_key: "traditional strength training",
    });

    const again = await importFile(anna, ENGLISH, content);
    expect(again.analysed.counts).toEqual({ new: 0, duplicate: 6, invalid: 2 });
    expect(again.done.counts).toEqual({ new: 0, duplicate: 6, invalid: 2 });
    expect(await storedSessions(t, anna)).toHaveLength(6);
    expect(await leftoverUploads()).toEqual([]);
  });

  it("reads the German file in km and kJ", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const { analysed } = await importFile(p, GERMAN, await testdata(GERMAN));
    expect(analysed.counts).toEqual({ new: 3, duplicate: 0, invalid: 0 });
    const stored = await storedSessions(t, p);
    expect(stored.map((s) => [s.date, s.name, s.type, s.duration_min, s.kcal_active, s.distance_km])).toEqual(
      [
        // 1305.4 kJ = 312.0 kcal, 1632.1 kJ = 390.1 kcal, 1150 kJ = 274.9 kcal.
        ["2025-04-10", "Funktionelles Krafttraining", "functional", 45.2, 312, null],
        ["2025-04-11", "Laufen im Freien", "running", 35.3, 390.1, 6.42],
        ["2025-04-12", "Traditionelles Krafttraining", "weight_training", 51.15, 274.9, null],
      ],
    );
  });

  it("maps a name through the profile's own mapping before the global one", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    await t.db.execute(sql`
      insert into activity_mappings (profile_id, name, name_key, training_type_id)
      values (${p.profile.id}, 'Pickleball', 'pickleball', ${typeIds.get("team_sports")}::uuid)`);
    const { analysed } = await importFile(p, ENGLISH, await testdata(ENGLISH));
    const pickleball = analysed.preview.find((r: { name: string }) => r.name === "Pickleball");
    expect(pickleball.trainingTypeId).toBe(typeIds.get("team_sports"));
    const stored = await storedSessions(t, p);
    expect(stored.find((s) => s.name === "Pickleball")?.type).toBe("team_sports");
    expect(stored.find((s) => s.name === "Yoga")?.type).toBe("yoga");
  });

  it("shows another profile's workouts import to no one else", async () => {
    const ben = await newProfile(t, { timeZone: "Europe/Berlin" });
    const { analysed } = await importFile(anna, GERMAN, await testdata(GERMAN));
    expect((await job(ben, analysed.id)).code).toBe("not_found");
    const commit = await t.app.inject({
      method: "POST",
      url: `/api/import/${analysed.id}/commit`,
      headers: ben.headers,
    });
    expect(commit.statusCode).toBe(404);
    expect(await storedSessions(t, ben)).toEqual([]);
  });
});
