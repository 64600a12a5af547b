import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { daysAgo, newActivity, trainingTypeIds, typeId } from "../activity/activity.fixtures.js";

let t: TestApp;
let admin: TestProfile;
let user: TestProfile;

const typeJson = z.object({
  id: z.string(),
  key: z.string(),
  category: z.string(),
  active: z.boolean(),
  builtIn: z.boolean(),
  sortOrder: z.number(),
});

beforeAll(async () => {
  t = await buildTestApp();
  admin = await newProfile(t); // the first profile is the administrator
  user = await newProfile(t);
});

const newType = {
  key: "aqua_fitness",
  nameDe: "Aquafitness",
  nameEn: "Aqua fitness",
  icon: "waves",
  category: "cardio",
  abilities: { endurance: 2, strength: 1, mobility: 2, coordination: 1, mind: 1 },
};

async function types(who: TestProfile, url = "/api/training-types") {
  const res = await t.app.inject({ url, headers: who.headers });
  expect(res.statusCode).toBe(200);
  return z.array(typeJson).parse(res.json());
}

const adminCall = (who: TestProfile, method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

describe("GET /api/training-types", () => {
  it("gives every signed-in profile the 29 built-in types in their order, 7 categories", async () => {
    const list = await types(user);
    expect(list).toHaveLength(29);
    expect(list[0]?.key).toBe("running");
    expect(list.map((x) => x.sortOrder)).toEqual([...list.map((x) => x.sortOrder)].sort((a, b) => a - b));
    expect(new Set(list.map((x) => x.category)).size).toBe(7);
    expect(list.every((x) => x.builtIn && x.active)).toBe(true);
  });

  it("asks for a login", async () => {
    expect((await t.app.inject({ url: "/api/training-types" })).statusCode).toBe(401);
  });
});

describe("admin routes", () => {
  it("are refused to a profile that is not an administrator, and change nothing", async () => {
    const id = typeId(await trainingTypeIds(t, user), "yoga");
    const calls = [
      t.app.inject({ url: "/api/admin/training-types", headers: user.headers }),
      adminCall(user, "POST", "/api/admin/training-types", newType),
      adminCall(user, "PATCH", `/api/admin/training-types/${id}`, { active: false }),
      adminCall(user, "DELETE", `/api/admin/training-types/${id}`),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: "forbidden" });
    }
    const list = await types(user);
    expect(list).toHaveLength(29);
    expect(list.some((x) => x.key === "yoga")).toBe(true);
  });

  it("adds a type after all others; a taken key is refused with 409", async () => {
    const res = await adminCall(admin, "POST", "/api/admin/training-types", newType);
    expect(res.statusCode).toBe(201);
    const created = typeJson.parse(res.json());
    expect(created).toMatchObject({ key: "aqua_fitness", builtIn: false, active: true });
    const list = await types(user);
    expect(list.at(-1)?.key).toBe("aqua_fitness");

    const again = await adminCall(admin, "POST", "/api/admin/training-types", { ...newType, key: "running" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "training_type_key_taken" });
  });

  it.each([
    ["a key with capitals", { key: "Aqua" }, "key"],
    ["an unknown icon", { key: "aqua2", icon: "unicorn" }, "icon"],
    ["an unknown category", { key: "aqua3", category: "chess" }, "category"],
    [
      "an ability weight of 4",
      { key: "aqua4", abilities: { ...newType.abilities, mind: 4 } },
      "abilities.mind",
    ],
    ["an empty name", { key: "aqua5", nameDe: "  " }, "nameDe"],
  ])("refuses %s with 422 and stores nothing", async (_n, change, path) => {
    const before = (await types(admin, "/api/admin/training-types")).length;
    const res = await adminCall(admin, "POST", "/api/admin/training-types", { ...newType, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "validation_error" });
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await types(admin, "/api/admin/training-types")).length).toBe(before);
  });

  it("changes a type; a deactivated type leaves the picker but stays in ?all=true and the admin list", async () => {
    const id = typeId(await trainingTypeIds(t, admin), "aqua_fitness");
    const res = await adminCall(admin, "PATCH", `/api/admin/training-types/${id}`, {
      nameEn: "Water aerobics",
      category: "mobility",
      active: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      key: "aqua_fitness",
      nameEn: "Water aerobics",
      category: "mobility",
      active: false,
    });
    expect((await types(user)).some((x) => x.key === "aqua_fitness")).toBe(false);
    expect((await types(user, "/api/training-types?all=true")).some((x) => x.key === "aqua_fitness")).toBe(
      true,
    );
    expect((await types(admin, "/api/admin/training-types")).find((x) => x.id === id)?.active).toBe(false);
  });

  it("refuses a key change and unknown ids", async () => {
    const id = typeId(await trainingTypeIds(t, admin), "aqua_fitness");
    const keyChange = await adminCall(admin, "PATCH", `/api/admin/training-types/${id}`, { key: "x_y" });
    expect(keyChange.statusCode).toBe(422);
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(
      (await adminCall(admin, "PATCH", `/api/admin/training-types/${missing}`, { active: true })).statusCode,
    ).toBe(404);
    expect((await adminCall(admin, "DELETE", `/api/admin/training-types/${missing}`)).statusCode).toBe(404);
  });

  it("deletes an unused type", async () => {
    const created = typeJson.parse(
      (
        await adminCall(admin, "POST", "/api/admin/training-types", { ...newType, key: "unused_type" })
      ).json(),
    );
    expect((await adminCall(admin, "DELETE", `/api/admin/training-types/${created.id}`)).statusCode).toBe(
      204,
    );
    expect((await types(admin, "/api/admin/training-types")).some((x) => x.id === created.id)).toBe(false);
  });

  it("refuses to delete a type a session uses, but lets it be deactivated", async () => {
    const created = typeJson.parse(
      (await adminCall(admin, "POST", "/api/admin/training-types", { ...newType, key: "used_type" })).json(),
    );
    await newActivity(t, user, { date: daysAgo(user, 1), name: "Pool class", trainingTypeId: created.id });
    const res = await adminCall(admin, "DELETE", `/api/admin/training-types/${created.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "training_type_in_use" });
    expect((await types(admin, "/api/admin/training-types")).some((x) => x.id === created.id)).toBe(true);
    const off = await adminCall(admin, "PATCH", `/api/admin/training-types/${created.id}`, { active: false });
    expect(off.json()).toMatchObject({ active: false });
  });

  it("refuses to delete a type only a global mapping uses", async () => {
    // The seeded Apple Health and Garmin names map to the built-in types.
    const id = typeId(await trainingTypeIds(t, admin), "running");
    const res = await adminCall(admin, "DELETE", `/api/admin/training-types/${id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "training_type_in_use" });
  });
});
