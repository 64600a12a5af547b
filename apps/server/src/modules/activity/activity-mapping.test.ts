import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import {
  categorizeName,
  daysAgo,
  globalMappings as globalMappingsOf,
  listActivities,
  mappingJson,
  newActivity,
  ownMappings as ownMappingsOf,
  patchActivity,
  trainingTypeIds,
  typeId,
} from "./activity.fixtures.js";

let t: TestApp;
let admin: TestProfile;
let ids: Map<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await newProfile(t);
  ids = await trainingTypeIds(t, admin);
});

const categorize = (who: TestProfile, name: string, trainingTypeId: string) =>
  categorizeName(t, who, name, trainingTypeId);
const ownMappings = (who: TestProfile) => ownMappingsOf(t, who);
const globalMappings = () => globalMappingsOf(t, admin);

const typeKeys = async (who: TestProfile, query = "") =>
  (await listActivities(t, who, query)).map((a) => [a.name, a.trainingType?.key ?? null]);

describe("the learned mapping", () => {
  it("types a session without a type by the global mapping of its name, in any case and spacing", async () => {
    const anna = await newProfile(t);
    const run = await newActivity(t, anna, { date: daysAgo(anna, 1), name: "  OUTDOOR   run" });
    expect(run.trainingType?.key).toBe("running");
    const plain = await newActivity(t, anna, { date: daysAgo(anna, 1), name: "Kraftzirkel im Park" });
    expect(plain.trainingTypeId).toBeNull();
  });

  it("learns name → type when a session gets a type, and types the other uncategorized sessions of that name", async () => {
    const anna = await newProfile(t);
    const bob = await newProfile(t);
    const first = await newActivity(t, anna, { date: daysAgo(anna, 5), name: "Lauftreff Dienstag" });
    await newActivity(t, anna, { date: daysAgo(anna, 4), name: "lauftreff  dienstag" });
    await newActivity(t, anna, { date: daysAgo(anna, 3), name: " LAUFTREFF DIENSTAG " });
    await newActivity(t, bob, { date: daysAgo(bob, 4), name: "Lauftreff Dienstag" });

    const res = await patchActivity(t, anna, first.id, { trainingTypeId: typeId(ids, "running") });
    expect(res.statusCode).toBe(200);
    expect(await typeKeys(anna)).toEqual([
      ["LAUFTREFF DIENSTAG", "running"],
      ["lauftreff  dienstag", "running"],
      ["Lauftreff Dienstag", "running"],
    ]);
    // Another profile's sessions of that name are not touched.
    expect(await typeKeys(bob)).toEqual([["Lauftreff Dienstag", null]]);
    expect((await ownMappings(anna)).map((m) => [m.name, m.trainingType.key, m.scope])).toEqual([
      ["Lauftreff Dienstag", "running", "profile"],
    ]);

    // Choosing another type for a new session of that name re-learns it; typed sessions keep theirs.
    await newActivity(t, anna, {
      date: daysAgo(anna, 2),
      name: "Lauftreff Dienstag",
      trainingTypeId: typeId(ids, "walking"),
    });
    expect(await typeKeys(anna)).toEqual([
      ["Lauftreff Dienstag", "walking"],
      ["LAUFTREFF DIENSTAG", "running"],
      ["lauftreff  dienstag", "running"],
      ["Lauftreff Dienstag", "running"],
    ]);
    expect((await ownMappings(anna)).map((m) => m.trainingType.key)).toEqual(["walking"]);
    // Later sessions of that name take the learned type.
    const later = await newActivity(t, anna, { date: daysAgo(anna, 1), name: "Lauftreff dienstag" });
    expect(later.trainingType?.key).toBe("walking");
  });

  it("prefers the profile's own mapping to the global one", async () => {
    const anna = await newProfile(t);
    const bob = await newProfile(t);
    // Anna runs on a treadmill she calls "Outdoor Run"; she says so once.
    await newActivity(t, anna, {
      date: daysAgo(anna, 3),
      name: "Outdoor Run",
      trainingTypeId: typeId(ids, "elliptical"),
    });
    expect(
      (await newActivity(t, anna, { date: daysAgo(anna, 2), name: "outdoor run" })).trainingType?.key,
    ).toBe("elliptical");
    expect(
      (await newActivity(t, bob, { date: daysAgo(bob, 2), name: "outdoor run" })).trainingType?.key,
    ).toBe("running");
  });

  it("learns nothing when an edit sends the stored type back unchanged", async () => {
    const anna = await newProfile(t);
    // Typed by the global mapping; the edit form sends the whole session, type included.
    const run = await newActivity(t, anna, { date: daysAgo(anna, 3), name: "Outdoor Run" });
    const edited = await patchActivity(t, anna, run.id, {
      trainingTypeId: run.trainingTypeId,
      notes: "windig",
    });
    expect(edited.json()).toMatchObject({ notes: "windig", trainingType: { key: "running" } });
    expect(await ownMappings(anna)).toEqual([]);
  });

  it("applies the mapping when a session without a type is renamed", async () => {
    const anna = await newProfile(t);
    const session = await newActivity(t, anna, { date: daysAgo(anna, 3), name: "Irgendwas" });
    const renamed = await patchActivity(t, anna, session.id, {
      name: "Traditionelles Krafttraining",
      trainingTypeId: null,
    });
    expect(renamed.json()).toMatchObject({ trainingType: { key: "weight_training" } });
    expect(await ownMappings(anna)).toEqual([]);
  });
});

describe("uncategorized names and bulk categorization", () => {
  it("lists the names without a type, one per name key, most frequent first", async () => {
    const anna = await newProfile(t);
    for (const [days, name] of [
      [9, "Zirkel"],
      [8, "zirkel"],
      [7, "Zirkel "],
      [6, "Parkour"],
      [5, "Slackline"],
      [4, "SLACKLINE"],
    ] as const) {
      await newActivity(t, anna, { date: daysAgo(anna, days), name });
    }
    const res = await t.app.inject({ url: "/api/activity/uncategorized-names", headers: anna.headers });
    expect(res.json()).toEqual([
      { name: "Zirkel", count: 3, lastDate: daysAgo(anna, 7) },
      { name: "SLACKLINE", count: 2, lastDate: daysAgo(anna, 4) },
      { name: "Parkour", count: 1, lastDate: daysAgo(anna, 6) },
    ]);

    const done = await categorize(anna, "ZIRKEL", typeId(ids, "functional"));
    expect(done.statusCode).toBe(200);
    const result = z.object({ updated: z.number(), mapping: mappingJson }).parse(done.json());
    expect(result.updated).toBe(3);
    expect(result.mapping).toMatchObject({
      name: "ZIRKEL",
      scope: "profile",
      trainingType: { key: "functional" },
    });
    const after = await t.app.inject({ url: "/api/activity/uncategorized-names", headers: anna.headers });
    expect(after.json().map((n: { name: string }) => n.name)).toEqual(["SLACKLINE", "Parkour"]);
    expect((await listActivities(t, anna, "&category=strength")).map((a) => a.name).sort()).toEqual([
      "Zirkel",
      "Zirkel",
      "zirkel",
    ]);

    // Again with another type: nothing left to categorize, the mapping follows the new choice.
    const again = z
      .object({ updated: z.number(), mapping: mappingJson })
      .parse((await categorize(anna, "zirkel", typeId(ids, "crossfit"))).json());
    expect(again.updated).toBe(0);
    expect(again.mapping).toMatchObject({
      id: result.mapping.id,
      name: "ZIRKEL",
      trainingType: { key: "crossfit" },
    });
    expect(await ownMappings(anna)).toHaveLength(1);
  });

  it("refuses an unknown type or a bad name and changes nothing", async () => {
    const anna = await newProfile(t);
    await newActivity(t, anna, { date: daysAgo(anna, 2), name: "Parkour" });
    const unknown = await categorize(anna, "Parkour", "00000000-0000-4000-8000-000000000000");
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: "unknown_training_type" });
    const empty = await categorize(anna, "  ", typeId(ids, "running"));
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: "validation_error" });
    expect(await typeKeys(anna)).toEqual([["Parkour", null]]);
    expect(await ownMappings(anna)).toEqual([]);
  });
});

describe("own mappings", () => {
  it("lists, repoints and forgets them; another profile's are not found", async () => {
    const anna = await newProfile(t);
    const bob = await newProfile(t);
    await categorize(anna, "Bouldern", typeId(ids, "climbing"));
    const [mapping] = await ownMappings(anna);
    if (!mapping) throw new Error("no mapping learned");
    expect(mapping).toMatchObject({ name: "Bouldern", scope: "profile", trainingType: { key: "climbing" } });
    expect(await ownMappings(bob)).toEqual([]);

    const url = `/api/activity/mappings/${mapping.id}`;
    const foreign = await t.app.inject({
      method: "PATCH",
      url,
      headers: bob.headers,
      payload: { trainingTypeId: typeId(ids, "yoga") },
    });
    expect(foreign.statusCode).toBe(404);
    expect((await t.app.inject({ method: "DELETE", url, headers: bob.headers })).statusCode).toBe(404);

    const typedByMapping = await newActivity(t, anna, {
      date: daysAgo(anna, 2),
      name: "Bouldern",
      trainingTypeId: null,
    });
    expect(typedByMapping.trainingType?.key).toBe("climbing");
    const repointed = await t.app.inject({
      method: "PATCH",
      url,
      headers: anna.headers,
      payload: { trainingTypeId: typeId(ids, "functional") },
    });
    expect(repointed.statusCode).toBe(200);
    expect(repointed.json()).toMatchObject({ id: mapping.id, trainingType: { key: "functional" } });
    const bad = await t.app.inject({
      method: "PATCH",
      url,
      headers: anna.headers,
      payload: { trainingTypeId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(bad.json()).toMatchObject({ code: "unknown_training_type" });
    expect((await ownMappings(anna))[0]?.trainingType.key).toBe("functional");
    // A repoint changes what later sessions get; a session that has a type keeps it.
    expect((await newActivity(t, anna, { date: daysAgo(anna, 1), name: "bouldern" })).trainingType?.key).toBe(
      "functional",
    );
    expect(await typeKeys(anna)).toEqual([
      ["bouldern", "functional"],
      ["Bouldern", "climbing"],
    ]);

    expect((await t.app.inject({ method: "DELETE", url, headers: anna.headers })).statusCode).toBe(204);
    expect(await ownMappings(anna)).toEqual([]);
    // Sessions keep the type they have; new ones of that name stay uncategorized (no global mapping).
    expect((await typeKeys(anna)).map(([, key]) => key)).toEqual(["functional", "climbing"]);
    expect(
      (await newActivity(t, anna, { date: daysAgo(anna, 1), name: "Bouldern" })).trainingTypeId,
    ).toBeNull();
  });

  it("does not hand out a global mapping through the own-mapping routes", async () => {
    const anna = await newProfile(t);
    const global = (await globalMappings())[0];
    if (!global) throw new Error("no seeded global mapping");
    const url = `/api/activity/mappings/${global.id}`;
    expect((await t.app.inject({ method: "DELETE", url, headers: anna.headers })).statusCode).toBe(404);
    expect((await globalMappings()).some((m) => m.id === global.id)).toBe(true);
  });
});
