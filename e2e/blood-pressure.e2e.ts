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
  {
    nav: /vitalwerte/i,
    tab: /blutdruck/i,
    grade1: "Grad 1",
    optimal: "Optimal",
  },
  {
    nav: /vitals/i,
    tab: /blood pressure/i,
    grade1: "Grade 1",
    optimal: "Optimal",
  },
);

describe.each(cases)("blood pressure: record → edit → delete ($name)", (c) => {
  it("works the way a person uses it", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    const email = `bp-${c.name}@e2e.test`;

    // Register and open the link from the mail: logged in.
    await registerAndVerify(page, e, { email, name: `Tester ${c.name}`, dashboard: "dashboard-bp" });

    // To the page through the navigation; nothing logged yet.
    await page.getByTestId("app-nav").getByRole("link", { name: c.nav }).first().click();
    await page.getByTestId("vitals-tabs").getByRole("link", { name: c.tab }).click();
    const form = page.getByTestId("bp-form");
    await visible(form);
    await visible(page.getByTestId("bp-empty"));
    await shot(page, `e2e-bp-${c.name}-01-empty`);

    // Record 150/95 with pulse 72 (date and time default to now).
    await form.locator('[name="systolic"]').fill("150");
    await form.locator('[name="diastolic"]').fill("95");
    await form.locator('[name="pulse"]').fill("72");
    await form.locator('[name="context"]').selectOption("rest");
    await form.locator('button[type="submit"]').click();
    const rows = page.getByTestId("bp-row");
    await count(rows, 1);
    const list = page.getByTestId("bp-list");
    await text(rows.first()).toContain("150/95");
    await text(rows.first()).toContain(c.grade1);
    await text(rows.first()).toContain("72");
    const latest = page.getByTestId("bp-latest");
    await text(latest).toContain("150/95");
    await text(latest).toContain(c.grade1);
    await visible(page.getByTestId("bp-chart").locator("svg .recharts-line-dot").first());
    await shot(page, `e2e-bp-${c.name}-02-recorded`);
    await list.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-bp-${c.name}-03-list`);

    // Edit it to 118/76: the class follows.
    await rows
      .first()
      .getByRole("button", { name: /edit|bearbeiten/i })
      .click();
    const edit = page.getByTestId("bp-edit-form");
    await visible(edit);
    await edit.locator('[name="systolic"]').fill("118");
    await edit.locator('[name="diastolic"]').fill("76");
    await shot(page, `e2e-bp-${c.name}-04-edit`);
    await edit.locator('button[type="submit"]').click();
    await hidden(edit);
    await text(list).toContain("118/76");
    await text(list).not.toContain("150/95");
    await text(rows.first()).toContain(c.optimal);
    await text(latest).toContain("118/76");

    // The server agrees, and the dashboard tile shows the reading.
    const token = await tokenOf(page);
    const res = await fetch(`${e.server.url}/api/blood-pressure`, { headers: { "x-auth-token": token } });
    expect(await res.json()).toEqual([
      expect.objectContaining({ systolic: 118, diastolic: 76, pulse: 72, classification: "optimal" }),
    ]);
    await page.getByTestId("app-nav").getByRole("link").first().click();
    const tile = page.getByTestId("dashboard-bp");
    await text(tile).toContain("118/76");
    await text(tile).toContain(c.optimal);
    await shot(page, `e2e-bp-${c.name}-05-dashboard`);

    // Delete it, confirming: back to the empty state.
    await page.getByTestId("app-nav").getByRole("link", { name: c.nav }).first().click();
    await page.getByTestId("vitals-tabs").getByRole("link", { name: c.tab }).click();
    await count(rows, 1);
    await rows
      .first()
      .getByRole("button", { name: /delete|löschen/i })
      .click();
    await page.getByTestId("confirm-delete").click();
    await count(rows, 0);
    await visible(page.getByTestId("bp-empty"));
    await text(latest).not.toContain("118/76");
    await shot(page, `e2e-bp-${c.name}-06-deleted`);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
