import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { daysAgo, listActivities, newActivity, trainingTypeIds, typeId } from "./activity.fixtures.js";

let t: TestApp;
let ben: TestProfile;
let ids: Map<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  await newProfile(t); // the administrator
  ben = await newProfile(t);
  ids = await trainingTypeIds(t, ben);
});

const restDay = (who: TestProfile, date: string, preset: string) =>
  t.app.inject({ method: "POST", url: "/api/rest-days", headers: who.headers, payload: { date, preset } });

describe("rest-day conflicts", () => {
  it.each([
    ["a strength type on a strength rest day", "weight_training", "strength_rest", true],
    ["yoga on a full rest day", "yoga", "full_rest", false],
    ["meditation on a full rest day", "meditation", "full_rest", false],
    ["a run on a full rest day", "running", "full_rest", true],
    ["a cardio type on a strength rest day", "cycling", "strength_rest", false],
    ["a run on a cardio rest day", "running", "cardio_rest", true],
    ["an uncategorized session on a full rest day", null, "full_rest", true],
  ])("flags %s: %s", async (_n, type, preset, conflict) => {
    const who = await newProfile(t);
    const date = daysAgo(who, 2);
    expect((await restDay(who, date, preset)).statusCode).toBe(201);
    const created = await newActivity(t, who, {
      date,
      name: `Session ${type ?? "ohne Typ"}`,
      trainingTypeId: type ? typeId(ids, type) : null,
    });
    // The answer to the save is the warning the page shows; the list says the same.
    expect(created.conflictsWithRestDay).toBe(conflict);
    expect((await listActivities(t, who)).map((a) => a.conflictsWithRestDay)).toEqual([conflict]);
  });

  it("follows the rest day: a session of another day, or after the rest day is gone, conflicts with nothing", async () => {
    const who = await newProfile(t);
    const rest = (await restDay(who, daysAgo(who, 5), "strength_rest")).json();
    await newActivity(t, who, {
      date: daysAgo(who, 5),
      name: "Hanteln",
      trainingTypeId: typeId(ids, "weight_training"),
    });
    await newActivity(t, who, {
      date: daysAgo(who, 4),
      name: "Hanteln",
      trainingTypeId: typeId(ids, "weight_training"),
    });
    expect((await listActivities(t, who)).map((a) => [a.date, a.conflictsWithRestDay])).toEqual([
      [daysAgo(who, 4), false],
      [daysAgo(who, 5), true],
    ]);
    // Another profile's rest day on the same date does not count.
    await restDay(ben, daysAgo(who, 4), "full_rest");
    expect((await listActivities(t, who)).find((a) => a.date === daysAgo(who, 4))?.conflictsWithRestDay).toBe(
      false,
    );
    await t.app.inject({ method: "DELETE", url: `/api/rest-days/${rest.id}`, headers: who.headers });
    expect((await listActivities(t, who)).every((a) => !a.conflictsWithRestDay)).toBe(true);
  });
});
