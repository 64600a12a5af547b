import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, settle, type TestApp, type TestProfile } from "../../test/helpers.js";
import { trainingTypes } from "../training-types/training-type.table.js";
import { addSessions, evaluate } from "./evaluation.fixtures.js";

let t: TestApp;
let anna: TestProfile;
let admin: TestProfile;
const period = "?from=2025-05-05&to=2025-05-11";

beforeAll(async () => {
  t = await buildTestApp();
  admin = await newProfile(t, { role: "admin" });
  anna = await newProfile(t);
});

afterAll(async () => {
  // The seeded type as it was, for any later test on this database.
  await t.db.update(trainingTypes).set({ category: "cardio" }).where(eq(trainingTypes.key, "running"));
});

describe("cached evaluations stay true", () => {
  it("shows a session logged through the API at once", async () => {
    expect((await evaluate(t, anna, period)).totals.sessions).toBe(0);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/activity",
      headers: anna.headers,
      payload: { date: "2025-05-06", name: "Outdoor Run", durationMin: 30, rpe: 5 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = await evaluate(t, anna, period);
    expect(after.totals).toMatchObject({ sessions: 1, minutes: 30, load: 150 });
  });

  it("shows a session written straight into the database once the change is announced", async () => {
    await addSessions(t, anna, [{ date: "2025-05-08", type: "yoga", durationMin: 45 }]);
    expect((await evaluate(t, anna, period)).totals).toMatchObject({ sessions: 2, minutes: 75 });
  });

  it("follows an admin's change of a training type's category, for every profile", async () => {
    const before = await evaluate(t, anna, period);
    expect(before.byCategory.map((c) => c.category).sort()).toEqual(["cardio", "mobility"]);
    const running = await t.db.query.trainingTypes.findFirst({
      where: (type, { eq }) => eq(type.key, "running"),
    });
    const patched = await t.app.inject({
      method: "PATCH",
      url: `/api/admin/training-types/${running?.id}`,
      headers: admin.headers,
      payload: { category: "sports" },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    await settle(t);
    const after = await evaluate(t, anna, period);
    expect(after.byCategory.map((c) => c.category).sort()).toEqual(["mobility", "sports"]);
  });
});
