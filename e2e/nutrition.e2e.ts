import { addDays, nutritionStats, todayIn } from "@mitai/shared";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  apiAs,
  count,
  hidden,
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
    nav: /ernährung/i,
    importTab: /^import$/i,
    chartsTab: /diagramme/i,
    typed: { kcal: "1.850", protein: "120,5", fat: "60", carbs: "210" },
    changedKcal: "2.000",
    shown: { logged: "1.850 kcal", changed: "2.000 kcal", today: "2.100 kcal", target: "2.200 kcal" },
    newestImport: "1.940 kcal",
    manual: "Manuell",
    mismatch: /passen nicht zusammen/i,
    edit: /bearbeiten/i,
    remove: /löschen/i,
    save: /^speichern$/i,
  },
  {
    nav: /^nutrition$/i,
    importTab: /^import$/i,
    chartsTab: /^charts$/i,
    typed: { kcal: "1850", protein: "120.5", fat: "60", carbs: "210" },
    changedKcal: "2,000",
    shown: { logged: "1,850 kcal", changed: "2,000 kcal", today: "2,100 kcal", target: "2,200 kcal" },
    newestImport: "1,940 kcal",
    manual: "Manual",
    mismatch: /don't match/i,
    edit: /edit/i,
    remove: /delete/i,
    save: /^save$/i,
  },
);

/** `2026-06-12` → `12.06.2026`, as FDDB writes a day. */
const fddbDay = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
/** kcal as the kJ with a decimal comma FDDB writes. */
const kj = (kcal: number) => (kcal * 4.184).toFixed(1).replace(".", ",");

/**
 * An FDDB diary (the CSV export's layout: `;`-separated, quoted, decimal commas, a trailing `;`):
 * three meals on each of the 12 days from 13 to 2 days ago (1,900 kcal + 20 per day back, the
 * macros agreeing), and an apple today (100 kcal) beside the hand-typed day.
 */
function fddbDiary(today: string): string {
  const lines = [
    '"datum_tag_monat_jahr_stunde_minute";"bezeichnung";"interne_id";"kj";"kj_aktivitaeten";"fett_g";"kh_g";"protein_g";',
  ];
  const row = (
    day: string,
    time: string,
    name: string,
    kcal: number,
    fat: string,
    carbs: string,
    protein: string,
  ) =>
    lines.push(
      `"${fddbDay(day)} ${time}";"${name}";"${1000 + lines.length}";"${kj(kcal)}";"0";"${fat}";"${carbs}";"${protein}";`,
    );
  for (let back = 13; back >= 2; back--) {
    const day = addDays(today, -back);
    row(day, "07:45", "Haferflocken mit Milch", 500, "15", "60", "30");
    row(day, "12:30", "Hähnchen, Reis, Gemüse", 800 + 20 * back, "25", "80,5", "55");
    row(day, "19:10", "Vollkornbrot mit Käse", 600, "20", "55", "45,5");
  }
  row(today, "10:15", "Apfel", 100, "0,5", "22", "1");
  return `${lines.join("\r\n")}\r\n`;
}

async function closeToasts(page: Page) {
  const close = page.locator(".toast-close");
  while ((await close.count()) > 0) await close.first().click();
}

describe.each(cases)("nutrition: log → import FDDB → charts ($name)", (c) => {
  it("works the way a person uses it", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    await registerAndVerify(page, e, {
      email: `nutrition-${c.name}@e2e.test`,
      name: `Tester ${c.name}`,
      dashboard: "dashboard-sleep",
    });
    const today = todayIn("Europe/Berlin");
    const call = await apiAs(page, e);
    const api = async (method: string, path: string, body?: object) => {
      const res = await call(method, path, body);
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      return res.json();
    };

    // Four weeks of weights, every other day, slowly going down: enough for the energy balance.
    for (let k = 0; k < 14; k++) {
      await api("POST", "/weight", { date: addDays(today, -27 + 2 * k), weight: 84 - 0.08 * k });
    }

    // Nutrition through the navigation: the entry tab, the quick form first, nothing logged.
    await page.getByTestId("app-nav").getByRole("link", { name: c.nav }).first().click();
    await page.waitForURL(/\/nutrition\/entry$/);
    const form = page.getByTestId("nutrition-form");
    await visible(form);
    await visible(page.getByTestId("nutrition-empty"));
    const kcalBar = page.getByTestId("nutrition-progress-kcal");
    await shot(page, `e2e-nutrition-${c.name}-01-empty`);
    // Nothing to chart yet: the charts tab says so once, and why there is no estimate.
    await page.getByTestId("nutrition-tabs").getByRole("link", { name: c.chartsTab }).click();
    await visible(page.getByTestId("nutrition-charts-empty"));
    await expect
      .poll(() => page.getByTestId("nutrition-maintenance").getAttribute("data-estimate"))
      .toBe("none");
    await page.getByTestId("nutrition-tabs").getByRole("link").first().click();
    await visible(form);

    // Targets through their dialog.
    await page.getByTestId("nutrition-targets").click();
    const goals = page.getByTestId("nutrition-goals-form");
    await visible(goals);
    await goals.getByTestId("goal-kcal").fill("2200");
    await goals.getByTestId("goal-protein").fill("150");
    await goals.getByTestId("goal-fat").fill("70");
    await goals.getByTestId("goal-carbs").fill("250");
    await goals.getByTestId("goals-save").click();
    await hidden(goals);
    await text(kcalBar).toContain(c.shown.target);

    // Today's totals, typed the way the locale writes numbers (German: "1.850" kcal, "120,5" g).
    await form.locator('[name="kcal"]').fill(c.typed.kcal);
    await form.locator('[name="proteinG"]').fill(c.typed.protein);
    await form.locator('[name="fatG"]').fill(c.typed.fat);
    await form.locator('[name="carbsG"]').fill(c.typed.carbs);
    await form.locator('button[type="submit"]').click();
    const days = page.getByTestId("nutrition-day");
    await count(days, 1);
    await text(days.first()).toContain(c.shown.logged);
    await text(days.first()).toContain(c.manual);
    await text(kcalBar).toContain(c.shown.logged);
    expect(await kcalBar.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1850");
    // The day is logged now: the form shows its entry, and saving again changes it (no second entry).
    await visible(page.getByTestId("nutrition-editing"));
    await closeToasts(page);
    await shot(page, `e2e-nutrition-${c.name}-02-logged`);
    await form.locator('[name="kcal"]').fill(c.changedKcal);
    await form.locator('button[type="submit"]').click();
    await text(days.first()).toContain(c.shown.changed);
    await text(kcalBar).toContain(c.shown.changed);
    const manual = await api("GET", `/nutrition?from=${today}&to=${today}`);
    expect(manual).toEqual([
      expect.objectContaining({
        date: today,
        kcal: 2000,
        proteinG: 120.5,
        fatG: 60,
        carbsG: 210,
        source: "manual",
      }),
    ]);

    // Yesterday: an empty form again; kcal and macros that disagree are flagged in the list.
    await form.locator(`label:has([name="nutrition-day"][value="yesterday"])`).click();
    await expect.poll(() => form.locator('[name="kcal"]').inputValue()).toBe("");
    await count(page.getByTestId("nutrition-editing"), 0);
    await form.locator('[name="kcal"]').fill("1500");
    await form.locator('[name="proteinG"]').fill("50");
    await form.locator('[name="fatG"]').fill("20");
    await form.locator('[name="carbsG"]').fill("100");
    await form.locator('button[type="submit"]').click();
    await count(days, 2);
    const yesterday = page.locator(`[data-testid="nutrition-day"][data-date="${addDays(today, -1)}"]`);
    await text(yesterday.getByTestId("nutrition-mismatch")).toMatch(c.mismatch);
    await closeToasts(page);
    await yesterday.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, `e2e-nutrition-${c.name}-02b-mismatch`);

    // Correct it in place in the list: 800 kcal agree with the macros' 780, the flag goes.
    await yesterday.getByRole("button", { name: c.edit }).click();
    const edit = page.getByTestId("nutrition-edit");
    await visible(edit);
    await edit.locator('[name="kcal"]').fill("800");
    await shot(page, `e2e-nutrition-${c.name}-02c-edit`);
    await edit.getByRole("button", { name: c.save }).click();
    await hidden(edit);
    await count(yesterday.getByTestId("nutrition-mismatch"), 0);
    await text(yesterday.getByTestId("nutrition-day-kcal")).toContain("800");

    // Import an FDDB diary on the import tab. A slow connection: the job is asked for its state
    // late, so the progress bar of the commit is seen before the result.
    await page.getByTestId("nutrition-tabs").getByRole("link", { name: c.importTab }).click();
    await page.waitForURL(/\/nutrition\/import$/);
    await page.route(/\/api\/import\/[0-9a-f-]{36}$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await route.continue();
    });
    await page.getByTestId("import-file").setInputFiles({
      name: "fddb-tagebuch.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(fddbDiary(today), "utf8"),
    });
    const preview = page.getByTestId("import-preview-nutrition");
    await visible(preview, 20_000);
    // 13 days new (the preview shows the first ten of them).
    await text(page.locator('[data-testid="import-counts"] [data-count="new"] dd')).toBe("13");
    await count(preview.locator("tbody tr"), 10);
    await preview.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await closeToasts(page);
    await shot(page, `e2e-nutrition-${c.name}-03-import-preview`);
    await page.getByTestId("import-commit").click();
    const progress = page.getByTestId("import-progress");
    await visible(progress);
    await visible(progress.getByRole("progressbar"));
    await shot(page, `e2e-nutrition-${c.name}-04-import-progress`);
    await visible(page.getByTestId("import-done"), 20_000);
    await page.unroute(/\/api\/import\/[0-9a-f-]{36}$/);
    await shot(page, `e2e-nutrition-${c.name}-05-import-done`);

    // Back on the entry tab: 12 imported days, today now of two sources (2,000 + 100 kcal).
    await page.getByTestId("nutrition-tabs").getByRole("link").first().click();
    await page.waitForURL(/\/nutrition\/entry$/);
    await count(days, 14);
    const todayRow = page.locator(`[data-testid="nutrition-day"][data-date="${today}"]`);
    await text(todayRow.getByTestId("nutrition-day-kcal")).toContain(c.shown.today);
    await count(todayRow.getByTestId("nutrition-entry"), 2);
    await text(todayRow).toContain("FDDB");
    await text(kcalBar).toContain(c.shown.today);
    const newest = page.locator(`[data-testid="nutrition-day"][data-date="${addDays(today, -2)}"]`);
    await text(newest.getByTestId("nutrition-day-kcal")).toContain(c.newestImport);
    // An imported day can only be deleted (undoing the import of that day), not edited.
    const oldest = page.locator(`[data-testid="nutrition-day"][data-date="${addDays(today, -13)}"]`);
    await count(oldest.getByRole("button", { name: c.edit }), 0);
    await page.getByTestId("nutrition-form").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await closeToasts(page);
    await shot(page, `e2e-nutrition-${c.name}-06-entry-imported`);
    await page.getByTestId("nutrition-days").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-nutrition-${c.name}-07-days`);
    await oldest.getByRole("button", { name: c.remove }).click();
    await page.getByTestId("confirm-delete").click();
    await count(days, 13);

    // A second diary of one day (an app that also writes into Apple Health, imported from both):
    // the day says it may count twice.
    await count(newest.getByTestId("nutrition-overlap"), 0);
    await api("POST", "/nutrition", {
      date: addDays(today, -2),
      kcal: 300,
      proteinG: 10,
      fatG: 10,
      carbsG: 40,
      source: "health_auto_export",
    });
    await page.reload();
    await visible(newest.getByTestId("nutrition-overlap"));
    await text(newest.getByTestId("nutrition-overlap")).toContain("FDDB + ");
    await newest.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-nutrition-${c.name}-07b-overlap`);

    // The charts: kcal bars with the average and the target, macros, protein per kg, and the
    // maintenance the intake and the weights imply (the server's estimate, as it says).
    await page.getByTestId("nutrition-tabs").getByRole("link", { name: c.chartsTab }).click();
    await page.waitForURL(/\/nutrition\/charts$/);
    const kcalChart = page.getByTestId("nutrition-kcal-chart");
    await visible(kcalChart.locator(".recharts-bar-rectangle").first());
    await expect.poll(() => kcalChart.locator(".recharts-bar-rectangle").count()).toBe(13);
    await visible(kcalChart.locator(".recharts-line-curve").first());
    // The target line (a horizontal line has no height, so it is counted, not "seen").
    await count(kcalChart.locator(".recharts-reference-line"), 1);
    await visible(page.getByTestId("nutrition-macro-chart").locator(".recharts-bar-rectangle").first());
    await visible(page.getByTestId("nutrition-protein-chart").locator(".recharts-bar-rectangle").first());
    const stats = nutritionStats.parse(await api("GET", "/nutrition/stats?days=28"));
    const maintenanceKcal = stats.energyBalance.maintenanceKcal ?? Number.NaN;
    expect(maintenanceKcal).toBeGreaterThan(0);
    const maintenance = page.getByTestId("nutrition-maintenance");
    await expect.poll(() => maintenance.getAttribute("data-estimate")).toBe("yes");
    await text(maintenance).toContain(
      new Intl.NumberFormat(c.locale, { maximumFractionDigits: 0 }).format(maintenanceKcal),
    );
    await visible(page.getByTestId("weight-chart").locator(".recharts-line-curve").first());
    await text(page.getByTestId("nutrition-stats")).toContain("13");
    await closeToasts(page);
    await shot(page, `e2e-nutrition-${c.name}-08-charts`);
    await kcalChart.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-nutrition-${c.name}-09-charts-kcal`);
    await maintenance.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, `e2e-nutrition-${c.name}-10-charts-maintenance`);

    // A year of days: the same bars, thinner.
    await page.locator('label:has([name="nutrition-range"][value="365"])').click();
    await expect.poll(() => kcalChart.locator(".recharts-bar-rectangle").count()).toBe(13);
    await kcalChart.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-nutrition-${c.name}-11-charts-year`);

    // The 7-day window has too few days for an estimate, and says why.
    await page.locator('label:has([name="nutrition-window"][value="7"])').click();
    await expect.poll(() => maintenance.getAttribute("data-estimate")).toBe("none");

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
