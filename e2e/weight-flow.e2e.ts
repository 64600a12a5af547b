import { addDays, todayIn } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import {
  count,
  hidden,
  openPage,
  phoneAndDesktop,
  registerAndVerify,
  shot,
  text,
  tokenOf,
  useE2e,
  visible,
} from "./support/harness.js";

const e2e = useE2e();

const cases = phoneAndDesktop(
  { weights: ["82,4", "83,1"], edited: "81,9" },
  { weights: ["82.4", "83.1"], edited: "81.9" },
);

describe.each(cases)("register → verify → log in → weights → log out ($name)", (c) => {
  it("works the way a person uses it", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    const email = `${c.name}@e2e.test`;
    const password = "ein sicheres Passwort";

    // Register, and open the link from the mail the real SMTP server caught.
    await registerAndVerify(page, e, {
      email,
      name: `Tester ${c.name}`,
      password,
      dashboard: "dashboard-latest-weight",
      beforeSubmit: () => shot(page, `e2e-${c.name}-01-register`),
    });
    await shot(page, `e2e-${c.name}-02-verified-dashboard`);

    // Log out and log in with the password.
    await page.goto(`${e.server.url}/settings`);
    await page.getByTestId("logout").click();
    const login = page.getByTestId("login-form");
    await visible(login);
    await login.locator('[name="email"]').fill(email);
    await login.locator('[name="password"]').fill(password);
    await login.locator('button[type="submit"]').click();
    await visible(page.getByTestId("dashboard-latest-weight"));

    // Two weights: today and yesterday, typed the way the locale writes numbers.
    await page
      .getByTestId("app-nav")
      .getByRole("link", { name: /weight|gewicht/i })
      .first()
      .click();
    const form = page.getByTestId("weight-form");
    await visible(form);
    const today = todayIn("Europe/Berlin");
    const dates = [today, addDays(today, -1)];
    for (const [i, date] of dates.entries()) {
      await form.locator('input[type="date"]').fill(date);
      await form.locator('[name="weight"]').fill(c.weights[i] ?? "");
      await form.locator('button[type="submit"]').click();
      await count(page.getByTestId("weight-row"), i + 1);
    }
    const list = page.getByTestId("weight-list");
    await text(list).toContain(c.weights[0]);
    await text(list).toContain(c.weights[1]);
    const chart = page.getByTestId("weight-chart");
    await visible(chart.locator("svg .recharts-line-curve").first());
    await shot(page, `e2e-${c.name}-03-two-weights`);

    // Edit the newest one.
    const firstRow = page.getByTestId("weight-row").first();
    await firstRow.getByRole("button", { name: /edit|bearbeiten/i }).click();
    const edit = page.getByTestId("weight-edit-form");
    await edit.locator('[name="weight"]').fill(c.edited);
    await edit.locator('button[type="submit"]').click();
    await hidden(edit);
    await text(list).toContain(c.edited);
    await text(list).not.toContain(c.weights[0]);
    await shot(page, `e2e-${c.name}-04-edited`);

    // Delete the other one, confirming.
    const olderRow = page.getByTestId("weight-row").filter({ hasText: c.weights[1] });
    await olderRow.getByRole("button", { name: /delete|löschen/i }).click();
    await page.getByTestId("confirm-delete").click();
    await count(page.getByTestId("weight-row"), 1);
    await text(list).not.toContain(c.weights[1]);
    await shot(page, `e2e-${c.name}-05-deleted`);

    // The server agrees with what the page shows.
    const token = await tokenOf(page);
    expect(token).not.toBe("");
    const res = await fetch(`${e.server.url}/api/weight`, { headers: { "x-auth-token": token } });
    expect(await res.json()).toEqual([expect.objectContaining({ date: today, weight: 81.9 })]);

    // Log out: back at the login form, and the old token no longer works.
    await page.goto(`${e.server.url}/settings`);
    await page.getByTestId("logout").click();
    await visible(page.getByTestId("login-form"));
    const after = await fetch(`${e.server.url}/api/weight`, { headers: { "x-auth-token": token } });
    expect(after.status).toBe(401);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
