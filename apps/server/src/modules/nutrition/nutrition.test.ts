import { addDays, nutritionList, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { countNutrition, insertNutrition, logNutrition } from "./nutrition.fixtures.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t);
  ben = await newProfile(t);
});

const today = () => todayIn("Europe/Berlin");
const day = { kcal: 2100, proteinG: 120, fatG: 70, carbsG: 240 };

async function list(who: TestProfile, query = "") {
  const res = await t.app.inject({ url: `/api/nutrition${query}`, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return nutritionList.parse(res.json());
}

describe("POST /api/nutrition", () => {
  it("stores a day and answers 201 with the entry", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/nutrition",
      headers: anna.headers,
      payload: { date: "2025-04-01", ...day, fiberG: 31.5, note: "  pasta night  " },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      date: "2025-04-01",
      kcal: 2100,
      proteinG: 120,
      fatG: 70,
      carbsG: 240,
      fiberG: 31.5,
      note: "pasta night",
      source: "manual",
    });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(body.createdAt)).toBeGreaterThan(0);
  });

  it("leaves fiber and note empty when not given", async () => {
    const entry = await logNutrition(t, anna, { date: "2025-04-02", ...day });
    expect(entry).toMatchObject({ fiberG: null, note: null, source: "manual" });
  });

  it("refuses a second manual entry of a day with 409 duplicate_date naming the day and source", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/nutrition",
      headers: anna.headers,
      payload: { date: "2025-04-01", ...day, kcal: 1500 },
    });
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.code).toBe("duplicate_date");
    expect(body.detail).toContain("2025-04-01");
    expect(body.detail).toContain("manual");
    const stored = await list(anna, "?from=2025-04-01&to=2025-04-01");
    expect(stored.map((e) => e.kcal)).toEqual([2100]);
  });

  it("keeps an imported source's entry beside the manual one of the same day", async () => {
    await insertNutrition(t, anna, [
      { date: "2025-04-01", kcal: 400, proteinG: 20, fatG: 10, carbsG: 50, source: "fddb" },
    ]);
    const entries = await list(anna, "?from=2025-04-01&to=2025-04-01");
    expect(entries.map((e) => [e.source, e.kcal])).toEqual([
      ["fddb", 400],
      ["manual", 2100],
    ]);
    expect((await list(anna, "?from=2025-04-01&to=2025-04-01&source=fddb")).map((e) => e.source)).toEqual([
      "fddb",
    ]);
  });

  it("lets another profile log the same day", async () => {
    const entry = await logNutrition(t, ben, { date: "2025-04-01", ...day });
    expect(entry.date).toBe("2025-04-01");
  });

  it.each([
    ["kcal over 20,000", { date: "2025-04-03", ...day, kcal: 20_001 }, "kcal"],
    ["negative kcal", { date: "2025-04-03", ...day, kcal: -1 }, "kcal"],
    ["negative protein", { date: "2025-04-03", ...day, proteinG: -1 }, "proteinG"],
    ["fat over 2,000 g", { date: "2025-04-03", ...day, fatG: 2000.5 }, "fatG"],
    ["carbohydrate as text", { date: "2025-04-03", ...day, carbsG: "240" }, "carbsG"],
    ["fiber over 2,000 g", { date: "2025-04-03", ...day, fiberG: 2001 }, "fiberG"],
    ["missing kcal", { date: "2025-04-03", proteinG: 1, fatG: 1, carbsG: 1 }, "kcal"],
    ["impossible date", { date: "2025-02-30", ...day }, "date"],
    ["date in another format", { date: "03.04.2025", ...day }, "date"],
    ["date before 1900", { date: "1899-12-31", ...day }, "date"],
    ["note too long", { date: "2025-04-03", ...day, note: "x".repeat(501) }, "note"],
    ["source with capitals", { date: "2025-04-03", ...day, source: "FDDB" }, "source"],
    [
      "unknown field",
      { date: "2025-04-03", ...day, profileId: "00000000-0000-4000-8000-000000000001" },
      "profileId",
    ],
  ])("refuses %s with 422 and stores nothing", async (_name, payload, path) => {
    const before = await countNutrition(t, anna);
    const res = await t.app.inject({ method: "POST", url: "/api/nutrition", headers: anna.headers, payload });
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json();
    expect(body.code).toBe("validation_error");
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countNutrition(t, anna)).toBe(before);
  });

  it("refuses a date after the profile's today and stores nothing", async () => {
    const before = await countNutrition(t, anna);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/nutrition",
      headers: anna.headers,
      payload: { date: addDays(today(), 2), ...day },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toEqual({ path: "date", message: "must not be in the future" });
    expect(await countNutrition(t, anna)).toBe(before);
  });

  it("accepts the profile's today", async () => {
    expect((await logNutrition(t, anna, { date: today(), ...day })).date).toBe(today());
  });

  it("requires a login", async () => {
    const post = await t.app.inject({
      method: "POST",
      url: "/api/nutrition",
      payload: { date: "2025-04-05", ...day },
    });
    expect(post.statusCode).toBe(401);
    for (const url of [
      "/api/nutrition",
      "/api/nutrition/days",
      "/api/nutrition/today",
      "/api/nutrition/stats",
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().code).toBe("unauthorized");
    }
  });
});

describe("GET /api/nutrition", () => {
  it("lists the profile's entries newest first, paged, and none of another profile", async () => {
    const entries = await list(anna, "?to=2025-04-30");
    expect(entries.map((e) => `${e.date} ${e.source}`)).toEqual([
      "2025-04-02 manual",
      "2025-04-01 fddb",
      "2025-04-01 manual",
    ]);
    expect((await list(anna, "?to=2025-04-30&limit=1&offset=1")).map((e) => e.source)).toEqual(["fddb"]);
    expect((await list(ben, "?to=2025-04-30")).map((e) => e.date)).toEqual(["2025-04-01"]);
  });

  it("refuses a bad query with 422", async () => {
    for (const query of ["?from=2025-13-01", "?limit=0", "?limit=5001", "?source=Bad-Source", "?page=2"]) {
      const res = await t.app.inject({ url: `/api/nutrition${query}`, headers: anna.headers });
      expect(res.statusCode, query).toBe(422);
      expect(res.json().code).toBe("validation_error");
    }
  });
});

describe("GET/PUT/DELETE /api/nutrition/:id", () => {
  it("reads, changes and deletes the profile's own entry", async () => {
    const entry = await logNutrition(t, anna, { date: "2025-04-10", ...day, note: "before" });
    const read = await t.app.inject({ url: `/api/nutrition/${entry.id}`, headers: anna.headers });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(entry);

    const put = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${entry.id}`,
      headers: anna.headers,
      payload: { kcal: 1800, fiberG: 25, note: "" },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({
      date: "2025-04-10",
      kcal: 1800,
      proteinG: 120,
      fiberG: 25,
      note: null,
    });

    const moved = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${entry.id}`,
      headers: anna.headers,
      payload: { date: "2025-04-11", fiberG: null },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ date: "2025-04-11", kcal: 1800, fiberG: null, source: "manual" });

    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/nutrition/${entry.id}`,
      headers: anna.headers,
    });
    expect(del.statusCode).toBe(204);
    const gone = await t.app.inject({ url: `/api/nutrition/${entry.id}`, headers: anna.headers });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe("not_found");
  });

  it("refuses moving an entry onto a day its source has taken with 409, and changes nothing", async () => {
    const entry = await logNutrition(t, anna, { date: "2025-04-12", ...day });
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${entry.id}`,
      headers: anna.headers,
      payload: { date: "2025-04-02", kcal: 999 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "duplicate_date" });
    expect(res.json().detail).toContain("2025-04-02");
    const still = await t.app.inject({ url: `/api/nutrition/${entry.id}`, headers: anna.headers });
    expect(still.json()).toMatchObject({ date: "2025-04-12", kcal: 2100 });
  });

  it("moves an entry onto a day that only another source has", async () => {
    await insertNutrition(t, anna, [
      { date: "2025-04-13", kcal: 300, proteinG: 10, fatG: 10, carbsG: 40, source: "cronometer" },
    ]);
    const entry = await logNutrition(t, anna, { date: "2025-04-14", ...day });
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${entry.id}`,
      headers: anna.headers,
      payload: { date: "2025-04-13" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await list(anna, "?from=2025-04-13&to=2025-04-13")).map((e) => e.source)).toEqual([
      "cronometer",
      "manual",
    ]);
  });

  it("keeps the entry's date when PUT leaves it out and its own date when PUT repeats it", async () => {
    const entry = await logNutrition(t, anna, { date: "2025-04-15", ...day });
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${entry.id}`,
      headers: anna.headers,
      payload: { date: "2025-04-15", proteinG: 150 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ date: "2025-04-15", proteinG: 150 });
  });

  it.each([
    ["kcal over 20,000", { kcal: 20_001 }, "kcal"],
    ["negative protein", { proteinG: -1 }, "proteinG"],
    ["fiber over 2,000 g", { fiberG: 2001 }, "fiberG"],
    ["bad date", { date: "2025-04-31" }, "date"],
    ["a new source", { source: "fddb" }, "source"],
    ["unknown field", { weight: 80 }, "weight"],
  ])("refuses a change with %s with 422 and changes nothing", async (_name, payload, path) => {
    const entry = await logNutrition(t, ben, { date: "2025-04-20", ...day });
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${entry.id}`,
      headers: ben.headers,
      payload,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    const still = await t.app.inject({ url: `/api/nutrition/${entry.id}`, headers: ben.headers });
    expect(still.json()).toEqual(entry);
    await t.app.inject({ method: "DELETE", url: `/api/nutrition/${entry.id}`, headers: ben.headers });
  });

  it("answers an empty change with the entry as it is", async () => {
    const entry = await logNutrition(t, anna, { date: "2025-04-16", ...day, note: "kept" });
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${entry.id}`,
      headers: anna.headers,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual(entry);
  });

  it("refuses moving an entry into the future with 422", async () => {
    const entry = await logNutrition(t, anna, { date: "2025-04-21", ...day });
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${entry.id}`,
      headers: anna.headers,
      payload: { date: addDays(today(), 1) },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toEqual({ path: "date", message: "must not be in the future" });
  });

  it("answers 404 for another profile's entry and leaves it as it was", async () => {
    const bens = await logNutrition(t, ben, { date: "2025-04-22", ...day });
    const url = `/api/nutrition/${bens.id}`;
    const get = await t.app.inject({ url, headers: anna.headers });
    expect(get.statusCode).toBe(404);
    const put = await t.app.inject({ method: "PUT", url, headers: anna.headers, payload: { kcal: 1 } });
    expect(put.statusCode).toBe(404);
    const del = await t.app.inject({ method: "DELETE", url, headers: anna.headers });
    expect(del.statusCode).toBe(404);
    for (const res of [get, put, del]) expect(res.json().code).toBe("not_found");
    const own = await t.app.inject({ url, headers: ben.headers });
    expect(own.json()).toEqual(bens);
  });

  it("answers 404 for an unknown id and 422 for one that is no uuid", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await t.app.inject({ url: `/api/nutrition/${unknown}`, headers: anna.headers })).statusCode).toBe(
      404,
    );
    const put = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${unknown}`,
      headers: anna.headers,
      payload: { kcal: 1 },
    });
    expect(put.statusCode).toBe(404);
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/nutrition/${unknown}`,
      headers: anna.headers,
    });
    expect(del.statusCode).toBe(404);
    expect((await t.app.inject({ url: "/api/nutrition/not-a-uuid", headers: anna.headers })).statusCode).toBe(
      422,
    );
  });
});

describe("OpenAPI", () => {
  it("documents the nutrition routes under the nutrition tag", async () => {
    const res = await t.app.inject({ url: "/api/docs/json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    for (const path of [
      "/api/nutrition",
      "/api/nutrition/days",
      "/api/nutrition/today",
      "/api/nutrition/stats",
      "/api/nutrition/{id}",
    ]) {
      const ops = Object.values(doc.paths[path] ?? {}) as { tags?: string[] }[];
      expect(ops.length, path).toBeGreaterThan(0);
      for (const op of ops) expect(op.tags).toEqual(["nutrition"]);
    }
  });
});
