import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";

let t: TestApp;
let admin: TestProfile;
let user: TestProfile;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await newProfile(t, { role: "admin", email: "admin@example.org", password: "admin password" });
  user = await newProfile(t, { role: "user", email: "user@example.org", password: "user password" });
});

describe("own profile", () => {
  it("shows the profile without any secret", async () => {
    const res = await t.app.inject({ url: "/api/profile", headers: user.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        "active",
        "birthDate",
        "createdAt",
        "email",
        "emailVerified",
        "goalWeightKg",
        "heightCm",
        "id",
        "language",
        "name",
        "role",
        "sessionDays",
        "sex",
        "timeZone",
        "kcalTarget",
        "proteinTarget",
        "proteinTargetUnit",
        "fatTargetG",
        "carbsTargetG",
      ].sort(),
    );
    expect(body).toMatchObject({ email: "user@example.org", role: "user", sessionDays: 30 });
  });

  it("changes name, sex, birth date, height, goal, language, time zone and session lifetime", async () => {
    const res = await t.app.inject({
      method: "PUT",
      url: "/api/profile",
      headers: user.headers,
      payload: {
        name: "Ute",
        sex: "female",
        birthDate: "1985-06-15",
        heightCm: 168.5,
        goalWeightKg: 62,
        language: "de",
        timeZone: "Europe/Vienna",
        sessionDays: 90,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: "Ute",
      sex: "female",
      birthDate: "1985-06-15",
      heightCm: 168.5,
      goalWeightKg: 62,
      language: "de",
      timeZone: "Europe/Vienna",
      sessionDays: 90,
    });
    const again = await t.app.inject({ url: "/api/auth/me", headers: user.headers });
    expect(again.json().name).toBe("Ute");
  });

  it("clears optional fields with null", async () => {
    const res = await t.app.inject({
      method: "PUT",
      url: "/api/profile",
      headers: user.headers,
      payload: { goalWeightKg: null, sex: null },
    });
    expect(res.json()).toMatchObject({ goalWeightKg: null, sex: null, heightCm: 168.5 });
  });

  it.each([
    ["the e-mail address (read-only)", { email: "new@example.org" }],
    ["the role", { role: "admin" }],
    ["an unknown language", { language: "fr" }],
    ["a height out of range", { heightCm: 20 }],
    ["an unknown time zone", { timeZone: "Europe/Atlantis" }],
    ["session days out of range", { sessionDays: 0 }],
    ["an empty name", { name: "   " }],
  ])("refuses %s with 422 and changes nothing", async (_n, payload) => {
    const before = (await t.app.inject({ url: "/api/profile", headers: user.headers })).json();
    const res = await t.app.inject({ method: "PUT", url: "/api/profile", headers: user.headers, payload });
    expect(res.statusCode).toBe(422);
    const after = (await t.app.inject({ url: "/api/profile", headers: user.headers })).json();
    expect(after).toEqual(before);
  });
});

describe("admin", () => {
  it("lists all profiles for an admin only", async () => {
    const res = await t.app.inject({ url: "/api/profiles", headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((p: { email: string }) => p.email)).toEqual([
      "admin@example.org",
      "user@example.org",
    ]);
    const denied = await t.app.inject({ url: "/api/profiles", headers: user.headers });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe("forbidden");
    const anonymous = await t.app.inject({ url: "/api/profiles" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("a user cannot change other profiles", async () => {
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/profiles/${user.profile.id}`,
      headers: user.headers,
      payload: { role: "admin" },
    });
    expect(res.statusCode).toBe(403);
  });

  it("deactivates a profile: its sessions end at once and it cannot log in", async () => {
    const victim = await newProfile(t, { email: "victim@example.org", password: "victim password" });
    expect((await t.app.inject({ url: "/api/weight", headers: victim.headers })).statusCode).toBe(200);
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/profiles/${victim.profile.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await t.app.inject({ url: "/api/weight", headers: victim.headers })).statusCode).toBe(401);
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "victim@example.org", password: "victim password" },
    });
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe("account_disabled");

    await t.app.inject({
      method: "PUT",
      url: `/api/profiles/${victim.profile.id}`,
      headers: admin.headers,
      payload: { active: true },
    });
    const back = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "10.9.9.9",
      payload: { email: "victim@example.org", password: "victim password" },
    });
    expect(back.statusCode).toBe(200);
  });

  it("promotes a user to admin", async () => {
    const p = await newProfile(t);
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/profiles/${p.profile.id}`,
      headers: admin.headers,
      payload: { role: "admin" },
    });
    expect(res.json().role).toBe("admin");
    expect((await t.app.inject({ url: "/api/profiles", headers: p.headers })).statusCode).toBe(200);
    await t.app.inject({
      method: "PUT",
      url: `/api/profiles/${p.profile.id}`,
      headers: admin.headers,
      payload: { role: "user" },
    });
    expect((await t.app.inject({ url: "/api/profiles", headers: p.headers })).statusCode).toBe(403);
  });

  it("never removes the last active admin", async () => {
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/profiles/${admin.profile.id}`,
      headers: admin.headers,
      payload: { role: "user" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("last_admin");
    const list = await t.app.inject({ url: "/api/profiles", headers: admin.headers });
    expect(list.json().find((p: { id: string }) => p.id === admin.profile.id).role).toBe("admin");
  });

  it("answers an unknown profile id with 404 and unknown fields with 422", async () => {
    const missing = await t.app.inject({
      method: "PUT",
      url: "/api/profiles/00000000-0000-4000-8000-000000000000",
      headers: admin.headers,
      payload: { active: false },
    });
    expect(missing.statusCode).toBe(404);
    const unknown = await t.app.inject({
      method: "PUT",
      url: `/api/profiles/${user.profile.id}`,
      headers: admin.headers,
      payload: { passwordHash: "x" },
    });
    expect(unknown.statusCode).toBe(422);
  });
});
