import { addDays, todayIn } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import {
  apiAs,
  count,
  openPage,
  phoneAndDesktop,
  registerAndVerify,
  shot,
  text,
  useE2e,
  visible,
} from "./support/harness.js";

const e2e = useE2e();

const cases = phoneAndDesktop(
  {
    nav: /^training$/i,
    logTab: /protokoll/i,
    categorizeTab: /zuordnen/i,
    restTab: /ruhetage/i,
    evaluationTab: /auswertung/i,
    functionalName: "Funktionelles Training",
    search: "kettle",
    duration: "45,5",
    conflict: "Ruhetag",
    functional: "funktion",
    done: "2 Einheiten",
    fullRest: "Ganzer Ruhetag",
  },
  {
    nav: /^training$/i,
    logTab: /^log$/i,
    categorizeTab: /categorize/i,
    restTab: /rest days/i,
    evaluationTab: /evaluation/i,
    functionalName: "Functional training",
    search: "kettle",
    duration: "45.5",
    conflict: "rest day",
    functional: "functional",
    done: "2 sessions",
    fullRest: "Full rest",
  },
);

describe.each(cases)("training: log → categorize → rest day ($name)", (c) => {
  it("works the way a person uses it", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    await registerAndVerify(page, e, {
      email: `training-${c.name}@e2e.test`,
      name: `Tester ${c.name}`,
      dashboard: "dashboard-training",
    });
    const today = todayIn("Europe/Berlin");

    // What an import would have left: two sessions of a name no mapping knows (in earlier weeks),
    // and a strength rest planned for today.
    const call = await apiAs(page, e);
    const post = (path: string, body: object) => call("POST", path, body);
    for (const date of [addDays(today, -10), addDays(today, -20)]) {
      const res = await post("/activity", { date, name: "Zirkel Halle 3", durationMin: 50 });
      expect(res.status).toBe(201);
    }
    expect((await post("/rest-days", { date: today, preset: "strength_rest" })).status).toBe(201);

    // Training through the navigation: the quick entry first.
    await page.getByTestId("app-nav").getByRole("link", { name: c.nav }).first().click();
    await page.waitForURL(/\/training\/log$/);
    const form = page.getByTestId("activity-form");
    await visible(form);
    await count(page.getByTestId("activity-row"), 2);

    // A kettlebell session today, chosen in the type sheet: it breaks the strength rest.
    await form.locator(".type-trigger").click();
    const sheet = page.getByTestId("type-sheet");
    await visible(sheet);
    await shot(page, `e2e-training-${c.name}-01-type-sheet`);
    await sheet.locator('input[type="search"]').fill(c.search);
    await sheet.locator(".type-option").first().click();
    await expect.poll(() => form.locator('[name="name"]').inputValue()).toBe("Kettlebell");
    await form.locator('[name="durationMin"]').fill(c.duration);
    await form.locator(".rpe-7").click();
    await form.locator('button[type="submit"]').click();
    await text(page.getByTestId("activity-conflict")).toContain(c.conflict);
    await count(page.getByTestId("activity-row"), 3);
    await count(page.getByTestId("activity-row-conflict"), 1);
    await shot(page, `e2e-training-${c.name}-02-logged`);

    // The uncategorized name, sorted in one go: both sessions follow.
    await page.getByTestId("training-tabs").getByRole("link", { name: c.categorizeTab }).click();
    const row = page.getByTestId("categorize-row");
    await count(row, 1);
    await text(row).toContain("Zirkel Halle 3");
    await row.getByTestId("categorize-pick").click();
    await sheet.locator('input[type="search"]').fill(c.functional);
    await sheet.locator(".type-option").first().click();
    await text(page.getByTestId("categorize-result")).toContain(c.done);
    await visible(page.getByTestId("categorize-empty"));
    await shot(page, `e2e-training-${c.name}-03-categorized`);

    // Back in the log, both sessions of that name now carry the type.
    await page.getByTestId("training-tabs").getByRole("link", { name: c.logTab }).click();
    const zirkel = page.getByTestId("activity-row").filter({ hasText: "Zirkel Halle 3" });
    await count(zirkel, 2);
    await count(zirkel.filter({ hasText: c.functionalName }), 2);

    // The evaluation draws the weeks by category, the load and the ability balance.
    await page.getByTestId("training-tabs").getByRole("link", { name: c.evaluationTab }).click();
    await visible(page.getByTestId("evaluation-page"));
    for (const chart of ["evaluation-weeks-chart", "evaluation-load-chart", "evaluation-radar"])
      await visible(page.getByTestId(chart).locator("svg.recharts-surface").first());
    await text(page.getByTestId("evaluation-summary")).toContain("3");
    await shot(page, `e2e-training-${c.name}-06-evaluation`);

    // Today becomes a full rest, in one tap.
    await page.getByTestId("training-tabs").getByRole("link", { name: c.restTab }).click();
    await visible(page.getByTestId("rest-editor"));
    await page.getByTestId("rest-preset-full_rest").click();
    await text(page.getByTestId("rest-editor-state")).toBe(c.fullRest);
    await count(page.getByTestId("rest-row"), 1);
    await shot(page, `e2e-training-${c.name}-04-rest-days`);

    // The dashboard adds up this week's minutes: today's session alone.
    await page.getByTestId("app-nav").getByRole("link").first().click();
    await text(page.getByTestId("dashboard-training-minutes")).toBe("46 min");
    await visible(page.getByTestId("dashboard-training-trend").locator("svg.recharts-surface"));
    await page.getByTestId("dashboard-training").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, `e2e-training-${c.name}-05-dashboard`);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
