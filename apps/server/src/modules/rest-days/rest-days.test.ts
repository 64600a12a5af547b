import { addDays, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import {
  daysAgo,
  listActivities,
  newActivity,
  trainingTypeIds,
  typeId,
} from "../activity/activity.fixtures.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;

const restDayJson = z.object({
  id: z.string(),
  date: z.string(),
  preset: z.string(),
  dimensions: z.array(z.string()),
  note: z.string().nullable(),
  conflicts: z.array(z.object({ id: z.string(), name: z.string() })),
});

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t);
  ben = await newProfile(t);
});

const post = (who: TestProfile, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/api/rest-days", headers: who.headers, payload });
const patch = (who: TestProfile, id: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: "PATCH", url: `/api/rest-days/${id}`, headers: who.headers, payload });

async function list(who: TestProfile, query = "") {
  const res = await t.app.inject({ url: `/api/rest-days?limit=5000${query}`, headers: who.headers });
  expect(res.statusCode).toBe(200);
  return z.array(restDayJson).parse(res.json());
}

describe("POST /api/rest-days", () => {
  it.each([
    ["strength_rest", ["strength"]],
    ["cardio_rest", ["cardio"]],
    ["full_rest", ["strength", "cardio", "relaxation"]],
  ])("fills in the dimensions of %s", async (preset, dimensions) => {
    const date = daysAgo(anna, 10 + ["strength_rest", "cardio_rest", "full_rest"].indexOf(preset));
    const res = await post(anna, { date, preset });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ date, preset, dimensions, note: null });
  });

  it("stores a custom rest day with its dimensions in their fixed order, and a note", async () => {
    const res = await post(anna, {
      date: daysAgo(anna, 20),
      preset: "custom",
      dimensions: ["relaxation", "strength"],
      note: "Knie schonen",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      preset: "custom",
      dimensions: ["strength", "relaxation"],
      note: "Knie schonen",
    });
  });

  it("takes a rest day planned ahead", async () => {
    const date = addDays(todayIn(anna.profile.timeZone), 3);
    expect((await post(anna, { date, preset: "full_rest" })).statusCode).toBe(201);
  });

  it("refuses a second rest day on one day with 409 duplicate_date", async () => {
    const date = daysAgo(anna, 30);
    expect((await post(anna, { date, preset: "cardio_rest" })).statusCode).toBe(201);
    const again = await post(anna, { date, preset: "full_rest" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "duplicate_date" });
    expect((await list(anna, `&from=${date}&to=${date}`)).map((d) => d.preset)).toEqual(["cardio_rest"]);
    // Another profile has its own days.
    expect((await post(ben, { date, preset: "full_rest" })).statusCode).toBe(201);
  });

  it.each([
    ["a custom rest day without dimensions", { preset: "custom" }, "dimensions"],
    ["no dimension at all", { preset: "custom", dimensions: [] }, "dimensions"],
    ["a dimension twice", { preset: "custom", dimensions: ["cardio", "cardio"] }, "dimensions"],
    ["an unknown dimension", { preset: "custom", dimensions: ["sleep"] }, "dimensions.0"],
    [
      "dimensions that are not the preset's",
      { preset: "strength_rest", dimensions: ["cardio"] },
      "dimensions",
    ],
    ["an unknown preset", { preset: "lazy_day" }, "preset"],
    ["a day that does not exist", { date: "2025-02-30", preset: "full_rest" }, "date"],
    ["an unknown field", { preset: "full_rest", intensity: 3 }, "intensity"],
  ])("refuses %s with 422 and stores nothing", async (_n, values, path) => {
    const before = (await list(anna)).length;
    const res = await post(anna, { date: daysAgo(anna, 40), ...values });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "validation_error" });
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await list(anna)).length).toBe(before);
  });
});

describe("list, read, change, delete", () => {
  it("lists latest first within a period", async () => {
    const who = await newProfile(t);
    for (const days of [3, 1, 2]) await post(who, { date: daysAgo(who, days), preset: "full_rest" });
    expect((await list(who)).map((d) => d.date)).toEqual([daysAgo(who, 1), daysAgo(who, 2), daysAgo(who, 3)]);
    expect((await list(who, `&from=${daysAgo(who, 2)}&to=${daysAgo(who, 2)}`)).map((d) => d.date)).toEqual([
      daysAgo(who, 2),
    ]);
  });

  it("reads and changes a rest day: a new preset brings its dimensions", async () => {
    const created = restDayJson.parse(
      (await post(anna, { date: daysAgo(anna, 50), preset: "strength_rest" })).json(),
    );
    const read = await t.app.inject({ url: `/api/rest-days/${created.id}`, headers: anna.headers });
    expect(read.json()).toMatchObject({ preset: "strength_rest", dimensions: ["strength"] });

    const full = await patch(anna, created.id, { preset: "full_rest", note: "krank" });
    expect(full.statusCode).toBe(200);
    expect(full.json()).toMatchObject({
      preset: "full_rest",
      dimensions: ["strength", "cardio", "relaxation"],
      note: "krank",
    });

    const custom = await patch(anna, created.id, { preset: "custom", dimensions: ["cardio", "relaxation"] });
    expect(custom.json()).toMatchObject({ preset: "custom", dimensions: ["cardio", "relaxation"] });
    const moreCustom = await patch(anna, created.id, { dimensions: ["relaxation"], note: null });
    expect(moreCustom.json()).toMatchObject({ preset: "custom", dimensions: ["relaxation"], note: null });
  });

  it("refuses dimensions alone that are not the stored preset's, and a move onto a taken day", async () => {
    const created = restDayJson.parse(
      (await post(anna, { date: daysAgo(anna, 60), preset: "cardio_rest" })).json(),
    );
    await post(anna, { date: daysAgo(anna, 61), preset: "full_rest" });
    const mismatch = await patch(anna, created.id, { dimensions: ["strength"] });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().errors[0].path).toBe("dimensions");
    const moved = await patch(anna, created.id, { date: daysAgo(anna, 61) });
    expect(moved.statusCode).toBe(409);
    expect(moved.json()).toMatchObject({ code: "duplicate_date" });
    const read = await t.app.inject({ url: `/api/rest-days/${created.id}`, headers: anna.headers });
    expect(read.json()).toMatchObject({
      date: daysAgo(anna, 60),
      preset: "cardio_rest",
      dimensions: ["cardio"],
    });

    const free = await patch(anna, created.id, { date: daysAgo(anna, 62) });
    expect(free.json()).toMatchObject({ date: daysAgo(anna, 62) });
  });

  it("deletes a rest day", async () => {
    const created = restDayJson.parse(
      (await post(anna, { date: daysAgo(anna, 70), preset: "full_rest" })).json(),
    );
    const url = `/api/rest-days/${created.id}`;
    expect((await t.app.inject({ method: "DELETE", url, headers: anna.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url, headers: anna.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "DELETE", url, headers: anna.headers })).statusCode).toBe(404);
  });

  it("answers 404 for another profile's rest day and leaves it alone", async () => {
    const created = restDayJson.parse(
      (await post(anna, { date: daysAgo(anna, 80), preset: "full_rest" })).json(),
    );
    const url = `/api/rest-days/${created.id}`;
    expect((await t.app.inject({ url, headers: ben.headers })).statusCode).toBe(404);
    const changed = await patch(ben, created.id, { preset: "cardio_rest" });
    expect(changed.statusCode).toBe(404);
    expect(changed.json()).toMatchObject({ code: "not_found" });
    expect((await t.app.inject({ method: "DELETE", url, headers: ben.headers })).statusCode).toBe(404);
    expect((await list(ben)).some((d) => d.id === created.id)).toBe(false);
    expect((await t.app.inject({ url, headers: anna.headers })).json()).toMatchObject({
      preset: "full_rest",
    });
  });
});

describe("the conflict mark follows the rest day", () => {
  it("marks a strength session once its day becomes a strength rest day, and clears it when the preset changes", async () => {
    const who = await newProfile(t);
    const ids = await trainingTypeIds(t, who);
    const date = daysAgo(who, 4);
    await newActivity(t, who, { date, name: "Hanteln", trainingTypeId: typeId(ids, "weight_training") });
    expect((await listActivities(t, who))[0]?.conflictsWithRestDay).toBe(false);
    const rest = restDayJson.parse((await post(who, { date, preset: "strength_rest" })).json());
    expect((await listActivities(t, who))[0]?.conflictsWithRestDay).toBe(true);
    await patch(who, rest.id, { preset: "cardio_rest" });
    expect((await listActivities(t, who))[0]?.conflictsWithRestDay).toBe(false);
  });

  it("lists on a rest day the sessions that break it: a run on a full rest, not the yoga", async () => {
    const who = await newProfile(t);
    const ids = await trainingTypeIds(t, who);
    const date = daysAgo(who, 6);
    const run = await newActivity(t, who, {
      date,
      name: "Morgenlauf",
      trainingTypeId: typeId(ids, "running"),
    });
    await newActivity(t, who, { date, name: "Yoga", trainingTypeId: typeId(ids, "yoga") });
    await newActivity(t, who, {
      date: addDays(date, 1),
      name: "Lauf am Tag danach",
      trainingTypeId: typeId(ids, "running"),
    });
    const created = restDayJson.parse((await post(who, { date, preset: "full_rest" })).json());
    expect(created.conflicts).toEqual([{ id: run.id, name: "Morgenlauf" }]);
    expect((await list(who))[0]?.conflicts).toEqual([{ id: run.id, name: "Morgenlauf" }]);
    // A strength rest is not broken by running.
    const changed = restDayJson.parse((await patch(who, created.id, { preset: "strength_rest" })).json());
    expect(changed.conflicts).toEqual([]);
  });
});
