import { addDays, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import {
  daysAgo,
  listActivities,
  newActivity,
  patchActivity,
  postActivity,
  trainingTypeIds,
  typeId,
} from "./activity.fixtures.js";

let t: TestApp;
let admin: TestProfile;
let anna: TestProfile;
let ben: TestProfile;
let ids: Map<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await newProfile(t);
  anna = await newProfile(t);
  ben = await newProfile(t);
  ids = await trainingTypeIds(t, anna);
});

describe("POST /api/activity", () => {
  it("stores a session with everything given, its type, its load and no rest-day conflict", async () => {
    const res = await postActivity(t, anna, {
      date: daysAgo(anna, 10),
      startTime: "07:15",
      name: "  Intervalle am Berg ",
      trainingTypeId: typeId(ids, "running"),
      durationMin: 45,
      kcalActive: 520.5,
      hrAvg: 151,
      hrMax: 178,
      distanceKm: 8.4,
      rpe: 8,
      notes: "6 × 400 m",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      date: daysAgo(anna, 10),
      startTime: "07:15",
      name: "Intervalle am Berg",
      trainingTypeId: typeId(ids, "running"),
      trainingType: { key: "running", category: "cardio", nameDe: "Laufen", icon: "footprints" },
      durationMin: 45,
      kcalActive: 520.5,
      hrAvg: 151,
      hrMax: 178,
      distanceKm: 8.4,
      rpe: 8,
      load: 360,
      notes: "6 × 400 m",
      source: "manual",
      externalId: null,
      conflictsWithRestDay: false,
    });
  });

  it("keeps two identical sessions on one day as two sessions; no RPE means no load", async () => {
    const session = { date: daysAgo(anna, 9), name: "Dehnen", durationMin: 15 };
    const first = await postActivity(t, anna, session);
    const second = await postActivity(t, anna, session);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(first.json().id).not.toBe(second.json().id);
    expect(first.json()).toMatchObject({ load: null, trainingTypeId: null, trainingType: null });
    expect(await listActivities(t, anna, `&from=${session.date}&to=${session.date}`)).toHaveLength(2);
  });

  it.each([
    ["a duration of 0", { durationMin: 0 }, "durationMin"],
    ["a duration over a day", { durationMin: 1441 }, "durationMin"],
    ["a maximum heart rate below the average", { hrAvg: 150, hrMax: 140 }, "hrMax"],
    ["an RPE of 11", { rpe: 11 }, "rpe"],
    ["a fractional RPE", { rpe: 5.5 }, "rpe"],
    ["a start time 25:00", { startTime: "25:00" }, "startTime"],
    ["an empty name", { name: "   " }, "name"],
    ["a name of 121 characters", { name: "x".repeat(121) }, "name"],
    ["a date before 1900", { date: "1899-12-31" }, "date"],
    ["a day that does not exist", { date: "2025-02-30" }, "date"],
    ["a type id that is not a uuid", { trainingTypeId: "running" }, "trainingTypeId"],
    ["a field the server keeps (source)", { source: "garmin" }, "source"],
  ])("refuses %s with 422 and stores nothing", async (_n, change, path) => {
    const before = (await listActivities(t, anna)).length;
    const res = await postActivity(t, anna, {
      date: daysAgo(anna, 3),
      name: "Lauf",
      durationMin: 30,
      ...change,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "validation_error" });
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await listActivities(t, anna)).length).toBe(before);
  });

  it("refuses a session after the profile's today", async () => {
    const before = (await listActivities(t, anna)).length;
    const tomorrow = addDays(todayIn(anna.profile.timeZone), 1);
    const res = await postActivity(t, anna, { date: tomorrow, name: "Lauf", durationMin: 30 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: "date", message: "must not be in the future" }]);
    expect((await listActivities(t, anna)).length).toBe(before);
  });

  it("refuses an unknown or a deactivated type with unknown_training_type", async () => {
    const before = (await listActivities(t, anna)).length;
    const unknown = await postActivity(t, anna, {
      date: daysAgo(anna, 3),
      name: "Lauf",
      durationMin: 30,
      trainingTypeId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({
      code: "unknown_training_type",
      errors: [{ path: "trainingTypeId" }],
    });
    expect((await listActivities(t, anna)).length).toBe(before);
  });
});

describe("list, read, change, delete", () => {
  it("lists newest first by date, then by start time, sessions without a clock last", async () => {
    const date = daysAgo(ben, 20);
    await newActivity(t, ben, { date, name: "B no clock" });
    await newActivity(t, ben, { date, name: "B morning", startTime: "06:30" });
    await newActivity(t, ben, { date, name: "B evening", startTime: "19:00" });
    await newActivity(t, ben, { date: daysAgo(ben, 19), name: "B next day" });
    const list = await listActivities(t, ben, `&from=${date}&to=${daysAgo(ben, 19)}`);
    expect(list.map((a) => a.name)).toEqual(["B next day", "B evening", "B morning", "B no clock"]);
    const page = await listActivities(t, ben, `&from=${date}&to=${daysAgo(ben, 19)}&offset=1`);
    expect(page.map((a) => a.name)).toEqual(["B evening", "B morning", "B no clock"]);
    const limited = await t.app.inject({ url: `/api/activity?from=${date}&limit=2`, headers: ben.headers });
    expect(limited.json()).toHaveLength(2);
  });

  it("filters by type, category and categorized or not", async () => {
    const date = daysAgo(ben, 30);
    await newActivity(t, ben, { date, name: "Rad", trainingTypeId: typeId(ids, "cycling") });
    await newActivity(t, ben, { date, name: "Hanteln", trainingTypeId: typeId(ids, "weight_training") });
    await newActivity(t, ben, { date, name: "Irgendwas" });
    const day = `&from=${date}&to=${date}`;
    const byType = await listActivities(t, ben, `${day}&trainingTypeId=${typeId(ids, "cycling")}`);
    expect(byType.map((a) => a.name)).toEqual(["Rad"]);
    expect((await listActivities(t, ben, `${day}&category=strength`)).map((a) => a.name)).toEqual([
      "Hanteln",
    ]);
    expect((await listActivities(t, ben, `${day}&uncategorized=true`)).map((a) => a.name)).toEqual([
      "Irgendwas",
    ]);
    expect((await listActivities(t, ben, `${day}&uncategorized=false`)).map((a) => a.name).sort()).toEqual([
      "Hanteln",
      "Rad",
    ]);
    const bad = await t.app.inject({ url: "/api/activity?category=chess", headers: ben.headers });
    expect(bad.statusCode).toBe(422);
  });

  it("reads, changes and deletes a session", async () => {
    const created = await newActivity(t, anna, {
      date: daysAgo(anna, 40),
      name: "Boxen",
      rpe: 6,
      durationMin: 50,
    });
    const read = await t.app.inject({ url: `/api/activity/${created.id}`, headers: anna.headers });
    expect(read.json()).toMatchObject({ name: "Boxen", load: 300 });

    const changed = await patchActivity(t, anna, created.id, {
      durationMin: 60,
      hrAvg: 140,
      notes: "Sparring",
      trainingTypeId: typeId(ids, "boxing"),
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      name: "Boxen",
      durationMin: 60,
      load: 360,
      hrAvg: 140,
      notes: "Sparring",
      trainingType: { key: "boxing", category: "martial_arts" },
    });

    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/activity/${created.id}`,
      headers: anna.headers,
    });
    expect(del.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: `/api/activity/${created.id}`, headers: anna.headers })).statusCode,
    ).toBe(404);
  });

  it("checks a change against what is stored and stores nothing of a refused one", async () => {
    const created = await newActivity(t, anna, { date: daysAgo(anna, 41), name: "Pulsprobe", hrAvg: 150 });
    const low = await patchActivity(t, anna, created.id, { hrMax: 140, notes: "x" });
    expect(low.statusCode).toBe(422);
    expect(low.json().errors).toEqual([
      { path: "hrMax", message: "must not be below the average heart rate" },
    ]);
    const future = await patchActivity(t, anna, created.id, { date: addDays(todayIn("Europe/Berlin"), 2) });
    expect(future.statusCode).toBe(422);
    const unknown = await patchActivity(t, anna, created.id, {
      trainingTypeId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.json()).toMatchObject({ code: "unknown_training_type" });
    const read = await t.app.inject({ url: `/api/activity/${created.id}`, headers: anna.headers });
    expect(read.json()).toMatchObject({
      hrMax: null,
      notes: null,
      date: daysAgo(anna, 41),
      trainingTypeId: null,
    });
  });

  it("keeps a deactivated type on a session that has it, but does not let it be chosen anew", async () => {
    const created = (
      await t.app.inject({
        method: "POST",
        url: "/api/admin/training-types",
        headers: admin.headers,
        payload: {
          key: "retired_sport",
          nameDe: "Alt",
          nameEn: "Old",
          icon: "trophy",
          category: "sports",
          abilities: { endurance: 1, strength: 1, mobility: 1, coordination: 1, mind: 1 },
        },
      })
    ).json();
    const session = await newActivity(t, anna, {
      date: daysAgo(anna, 50),
      name: "Altsport",
      trainingTypeId: created.id,
    });
    const other = await newActivity(t, anna, { date: daysAgo(anna, 50), name: "Neusport" });
    await t.app.inject({
      method: "PATCH",
      url: `/api/admin/training-types/${created.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    // The form sends the whole session again, type included.
    const kept = await patchActivity(t, anna, session.id, { trainingTypeId: created.id, durationMin: 40 });
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({ durationMin: 40, trainingType: { key: "retired_sport" } });
    const chosen = await patchActivity(t, anna, other.id, { trainingTypeId: created.id });
    expect(chosen.statusCode).toBe(422);
    expect(chosen.json()).toMatchObject({ code: "unknown_training_type" });
    const fresh = await postActivity(t, anna, {
      date: daysAgo(anna, 50),
      name: "Neu",
      durationMin: 20,
      trainingTypeId: created.id,
    });
    expect(fresh.statusCode).toBe(422);
  });

  it("answers 404 for another profile's session and leaves it alone", async () => {
    const annas = await newActivity(t, anna, { date: daysAgo(anna, 60), name: "Annas Lauf" });
    const url = `/api/activity/${annas.id}`;
    expect((await t.app.inject({ url, headers: ben.headers })).statusCode).toBe(404);
    const patch = await patchActivity(t, ben, annas.id, { name: "Bens Lauf" });
    expect(patch.statusCode).toBe(404);
    expect(patch.json()).toMatchObject({ code: "not_found" });
    expect((await t.app.inject({ method: "DELETE", url, headers: ben.headers })).statusCode).toBe(404);
    expect((await listActivities(t, ben)).some((a) => a.id === annas.id)).toBe(false);
    expect((await t.app.inject({ url, headers: anna.headers })).json()).toMatchObject({ name: "Annas Lauf" });
  });

  it("answers 401 without a login", async () => {
    expect((await t.app.inject({ url: "/api/activity" })).statusCode).toBe(401);
  });
});
