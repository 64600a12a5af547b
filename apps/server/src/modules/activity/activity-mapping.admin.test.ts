import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import {
  categorizeName,
  daysAgo,
  globalMappings as globalMappingsOf,
  mappingJson,
  newActivity,
  ownMappings as ownMappingsOf,
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

describe("global mappings (admin)", () => {
  it("lists the seeded Apple Health and Garmin names", async () => {
    const list = await globalMappings();
    expect(list.length).toBeGreaterThan(100);
    expect(list.every((m) => m.scope === "global")).toBe(true);
    expect(list.find((m) => m.name === "Laufen im Freien")?.trainingType.key).toBe("running");
  });

  it("adds, repoints and deletes one; a name that has one is refused with 409", async () => {
    const post = (payload: object) =>
      t.app.inject({ method: "POST", url: "/api/admin/activity-mappings", headers: admin.headers, payload });
    const created = await post({ name: "Aqua Jogging", trainingTypeId: typeId(ids, "swimming") });
    expect(created.statusCode).toBe(201);
    const mapping = mappingJson.parse(created.json());
    expect(mapping).toMatchObject({
      name: "Aqua Jogging",
      scope: "global",
      trainingType: { key: "swimming" },
    });

    const someone = await newProfile(t);
    expect(
      (await newActivity(t, someone, { date: daysAgo(someone, 1), name: "aqua jogging" })).trainingType?.key,
    ).toBe("swimming");

    const dup = await post({ name: "  AQUA   jogging", trainingTypeId: typeId(ids, "running") });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: "mapping_exists" });
    const unknown = await post({ name: "Neu", trainingTypeId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.json()).toMatchObject({ code: "unknown_training_type" });

    const url = `/api/admin/activity-mappings/${mapping.id}`;
    const repointed = await t.app.inject({
      method: "PATCH",
      url,
      headers: admin.headers,
      payload: { trainingTypeId: typeId(ids, "running") },
    });
    expect(repointed.json()).toMatchObject({ trainingType: { key: "running" } });
    expect((await t.app.inject({ method: "DELETE", url, headers: admin.headers })).statusCode).toBe(204);
    expect((await globalMappings()).some((m) => m.id === mapping.id)).toBe(false);
    expect((await t.app.inject({ method: "DELETE", url, headers: admin.headers })).statusCode).toBe(404);
  });

  it("does not reach a profile's own mapping", async () => {
    const anna = await newProfile(t);
    await categorize(anna, "Bouldern", typeId(ids, "climbing"));
    const own = (await ownMappings(anna))[0];
    if (!own) throw new Error("no mapping learned");
    const url = `/api/admin/activity-mappings/${own.id}`;
    expect((await t.app.inject({ method: "DELETE", url, headers: admin.headers })).statusCode).toBe(404);
    expect(await ownMappings(anna)).toHaveLength(1);
  });

  it("is refused to a profile that is not an administrator", async () => {
    const user = await newProfile(t);
    const any = (await globalMappings())[0];
    if (!any) throw new Error("no seeded global mapping");
    const url = `/api/admin/activity-mappings/${any.id}`;
    const calls = [
      t.app.inject({ url: "/api/admin/activity-mappings", headers: user.headers }),
      t.app.inject({
        method: "POST",
        url: "/api/admin/activity-mappings",
        headers: user.headers,
        payload: { name: "Hack", trainingTypeId: typeId(ids, "yoga") },
      }),
      t.app.inject({
        method: "PATCH",
        url,
        headers: user.headers,
        payload: { trainingTypeId: typeId(ids, "yoga") },
      }),
      t.app.inject({ method: "DELETE", url, headers: user.headers }),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode).toBe(403);
    const after = await globalMappings();
    expect(after.some((m) => m.name === "Hack")).toBe(false);
    expect(after.find((m) => m.id === any.id)?.trainingTypeId).toBe(any.trainingTypeId);
  });
});
