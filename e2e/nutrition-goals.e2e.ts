import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { todayIn } from "@mitai/shared";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshotDir } from "./support/browser.js";
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

/** "25.11.2026" for `daysAgo` days before today in Berlin, the zone of the browser and so the profile. */
const germanDate = (daysAgo: number) =>
  new Intl.DateTimeFormat("de-DE", {
    timeZone: "Europe/Berlin",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date(Date.now() - daysAgo * 86_400_000));

/** A diary of the user's own spreadsheet: one row per meal, German headers no known format has. */
async function writeDiaryCsv(name: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "mitai-e2e-diary-")), `tagebuch-${name}.csv`);
  const rows = [
    "Datum;Mahlzeit;Kalorien;Eiweiß (g);Fett (g);KH (g)",
    `${germanDate(1)};Abendessen;900;50;30;100`,
    `${germanDate(0)};Frühstück;520;24,5;18;61`,
    `${germanDate(0)};Mittag;780;41;25;90`,
  ];
  await writeFile(file, `${rows.join("\n")}\n`, "utf8");
  return file;
}

/** A picture of one card, not the whole page: the tile and the settings card are what is looked at. */
const shotOf = (l: Locator, name: string) => l.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

const cases = phoneAndDesktop(
  {
    perKg: /je kg/i,
    kcal: "2.200",
    tooMuch: "6",
    protein: "1,8",
    proteinHint: "≈ 144 g",
    tooMuchError: /höchstens 5/i,
    saved: /ernährungsziele gespeichert/i,
    kcalProgress: "1.450 / 2.200 kcal",
    proteinProgress: "92 / 144 g",
    perKgTarget: "1,8 g/kg",
    left: "noch 750 kcal",
    empty: /noch nichts eingetragen/i,
    entries: "2 Einträge",
    commit: "2 Tage Ernährung importieren",
    imported: "2 Tage Ernährung importiert",
    overProgress: "2.750 / 2.200 kcal",
    over: "550 kcal über dem Ziel",
  },
  {
    perKg: /per kg/i,
    kcal: "2,200",
    tooMuch: "6",
    protein: "1.8",
    proteinHint: "≈ 144 g",
    tooMuchError: /at most 5/i,
    saved: /nutrition targets saved/i,
    kcalProgress: "1,450 / 2,200 kcal",
    proteinProgress: "92 / 144 g",
    perKgTarget: "1.8 g/kg",
    left: "750 kcal to go",
    empty: /nothing logged for today/i,
    entries: "2 entries",
    commit: "Import 2 days of nutrition",
    imported: "2 days of nutrition imported",
    overProgress: "2,750 / 2,200 kcal",
    over: "550 kcal over target",
  },
);

describe.each(cases)("nutrition targets → dashboard progress ($name)", (c) => {
  it("sets the targets in the settings and shows today against them", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    await registerAndVerify(page, e, {
      email: `goals-${c.name}@e2e.test`,
      name: `Tester ${c.name}`,
      dashboard: "dashboard-nutrition",
    });
    const today = todayIn("Europe/Berlin");
    const call = await apiAs(page, e);
    const post = (to: string, body: object) => call("POST", to, body);

    // Nothing logged and no targets: the tile says so and offers both.
    const tile = page.getByTestId("dashboard-nutrition");
    await visible(tile.getByTestId("dashboard-nutrition-empty"));
    await text(tile).toMatch(c.empty);

    // This morning's weight, logged on another device: a target per kg becomes grams with it.
    expect((await post("/weight", { date: today, weight: 80 })).status).toBe(201);
    await page.reload();
    await visible(tile.getByTestId("dashboard-nutrition-empty"));
    // The weight cards above it load too: picture the tile once the page has settled.
    await page.waitForLoadState("networkidle");
    await tile.scrollIntoViewIfNeeded();
    await shotOf(tile, `e2e-goals-${c.name}-00-tile-empty`);

    // The tile's link to the targets lands on the settings card.
    await tile.getByTestId("dashboard-nutrition-no-targets").getByRole("link").click();
    await page.waitForURL(/\/settings#settings-goals$/);
    const form = page.getByTestId("nutrition-goals-form");
    await visible(form);
    await form.getByTestId("goal-kcal").fill(c.kcal);
    await form.getByRole("radio", { name: c.perKg }).check();
    const protein = form.getByTestId("goal-protein");
    await protein.fill(c.tooMuch);
    await form.getByTestId("goal-fat").fill("70");
    await form.getByTestId("goal-carbs").fill("250");

    // More than 5 g per kg is refused next to the field.
    await form.getByTestId("goals-save").click();
    await text(form).toMatch(c.tooMuchError);
    await protein.fill(c.protein);
    await text(form).toContain(c.proteinHint);
    await shotOf(page.locator(".settings-goals"), `e2e-goals-${c.name}-01-settings`);
    await form.getByTestId("goals-save").click();
    await text(page.locator("body")).toMatch(c.saved);

    // The server keeps them as typed: whole kcal, protein per kg.
    const me = await call("GET", "/auth/me");
    expect(await me.json()).toMatchObject({
      kcalTarget: 2200,
      proteinTarget: 1.8,
      proteinTargetUnit: "g_per_kg",
      fatTargetG: 70,
      carbsTargetG: 250,
    });

    // Today's meals, logged elsewhere (another device, say).
    expect(
      (await post("/nutrition", { date: today, kcal: 1450, proteinG: 92, fatG: 50, carbsG: 160 })).status,
    ).toBe(201);

    // Back on the dashboard: today against the targets.
    await page.goto(`${e.server.url}/`);
    await visible(tile.getByTestId("dashboard-nutrition-kcal"));
    await text(tile.getByTestId("dashboard-nutrition-kcal")).toContain(c.kcalProgress);
    await text(tile.getByTestId("dashboard-nutrition-kcal")).toContain(c.left);
    await text(tile.getByTestId("dashboard-nutrition-proteinG")).toContain(c.proteinProgress);
    await text(tile.getByTestId("dashboard-nutrition-proteinG")).toContain(c.perKgTarget);
    await text(tile.getByTestId("dashboard-nutrition-fatG")).toContain("50 / 70 g");
    await text(tile.getByTestId("dashboard-nutrition-carbsG")).toContain("160 / 250 g");
    const kcalBar = tile.getByTestId("dashboard-nutrition-kcal").getByRole("progressbar");
    expect(await kcalBar.getAttribute("aria-valuenow")).toBe("66");
    await tile.scrollIntoViewIfNeeded();
    await shotOf(tile, `e2e-goals-${c.name}-02-dashboard-tile`);
    await shot(page, `e2e-goals-${c.name}-03-dashboard`);

    // The rest of the day from a diary: the import in the nutrition section maps its columns.
    await page.goto(`${e.server.url}/nutrition/import`);
    const formats = page.locator(".import-formats");
    await text(formats).toContain("MyFitnessPal");
    await formats.scrollIntoViewIfNeeded();
    await shot(page, `e2e-goals-${c.name}-04-import-formats`);
    await page.getByTestId("import-file").setInputFiles(await writeDiaryCsv(c.name));
    const mapping = page.getByTestId("import-mapping");
    await visible(mapping, 15_000);
    await expect
      .poll(() => mapping.locator('input[name="kind"][value="nutrition"]').isChecked(), { timeout: 10_000 })
      .toBe(true);
    const select = (field: string) => mapping.locator(`select[name="fields.nutrition.${field}"]`);
    expect(await select("date").inputValue()).toBe("Datum");
    expect(await select("kcal").inputValue()).toBe("Kalorien");
    expect(await select("proteinG").inputValue()).toBe("Eiweiß (g)");
    expect(await select("carbsG").inputValue()).toBe("KH (g)");
    await shotOf(mapping.locator(".import-kind-choice"), `e2e-goals-${c.name}-04-import-kinds`);
    await page.getByTestId("import-mapping-submit").click();
    const preview = page.getByTestId("import-preview-nutrition");
    await visible(preview, 15_000);
    // Two days, today's summed from its two meals.
    await count(preview.locator("tbody tr"), 2);
    await text(preview).toContain(c.entries);
    const commit = page.getByTestId("import-commit");
    await text(commit).toContain(c.commit);
    await preview.scrollIntoViewIfNeeded();
    await shot(page, `e2e-goals-${c.name}-05-import-preview`);
    await commit.click();
    await text(page.getByTestId("import-done"), 15_000).toContain(c.imported);
    await visible(page.getByTestId("import-open-nutrition"));

    // The tile adds the import to today's entry and says the energy is over the target.
    await page.goto(`${e.server.url}/`);
    const kcal = tile.getByTestId("dashboard-nutrition-kcal");
    await text(kcal).toContain(c.overProgress);
    await text(kcal).toContain(c.over);
    expect(await kcal.getAttribute("class")).toContain("nutrition-tile-figure-over");
    await tile.scrollIntoViewIfNeeded();
    await shotOf(tile, `e2e-goals-${c.name}-06-tile-over`);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
