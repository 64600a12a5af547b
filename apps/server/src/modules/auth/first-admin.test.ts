import { beforeAll, describe, expect, it } from "vitest";
import { profiles } from "../../db/schema.js";
import { buildTestApp, type TestApp } from "../../test/helpers.js";

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});

describe("the first account of an instance", () => {
  it("is exactly one admin even when several people register at the same moment", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.app.inject({
          method: "POST",
          url: "/api/auth/register",
          remoteAddress: `10.7.0.${i + 1}`,
          payload: { name: `Racer ${i}`, email: `racer${i}@example.org`, password: "sicheres passwort" },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    const rows = await t.db.select().from(profiles);
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.role === "admin")).toHaveLength(1);
  });
});
