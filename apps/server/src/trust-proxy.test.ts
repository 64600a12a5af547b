import { describe, expect, it } from "vitest";
import { buildTestApp } from "./test/helpers.js";

/** Six failed logins from behind one proxy, each claiming another client address. */
async function loginCodes(t: Awaited<ReturnType<typeof buildTestApp>>) {
  const codes: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "172.16.0.2",
      headers: { "x-forwarded-for": `203.0.113.${i + 1}` },
      payload: { email: "nobody@example.org", password: "wrong password" },
    });
    codes.push(res.statusCode);
  }
  return codes;
}

describe("TRUST_PROXY", () => {
  it("off (default): X-Forwarded-For is ignored, so a client cannot dodge the limit by inventing addresses", async () => {
    const t = await buildTestApp();
    expect(await loginCodes(t)).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("on: each client behind the proxy has its own limit", async () => {
    const t = await buildTestApp({ TRUST_PROXY: "1" });
    expect(await loginCodes(t)).toEqual([401, 401, 401, 401, 401, 401]);
  });
});
