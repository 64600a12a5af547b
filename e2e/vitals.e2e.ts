import path from "node:path";
import type { Locator } from "playwright-core";
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
import { repoRoot } from "./support/server.js";

const e2e = useE2e();

/** The real OMRON connect export of shared/fixtures, as copied into the server's import testdata. */
const fixture = path.resolve(
  repoRoot,
  "apps/server/src/modules/import/testdata/bpo2g_Your Requested OMRON Report from Jan 01 2025 to Jan 22 2025.csv",
);

/** The import waits on the server's analysis: a little more patience than the other checks. */
const slowText = (l: Locator) => text(l, 15_000);

const cases = phoneAndDesktop(
  {
    nav: /vitalwerte/i,
    bpTab: /blutdruck/i,
    importTab: /import/i,
    edit: /bearbeiten/i,
    save: /speichern/i,
  },
  {
    nav: /vitals/i,
    bpTab: /blood pressure/i,
    importTab: /import/i,
    edit: /edit/i,
    save: /save/i,
  },
);

describe.each(cases)("vitals: baseline → inline edit → import ($name)", (c) => {
  it("works the way a person uses it", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    const email = `vitals-${c.name}@e2e.test`;

    // Register and open the link from the mail: logged in.
    await registerAndVerify(page, e, { email, name: `Tester ${c.name}`, dashboard: "dashboard-vitals" });

    // Vitals through the navigation: the baseline tab opens first.
    await page.getByTestId("app-nav").getByRole("link", { name: c.nav }).first().click();
    await page.waitForURL(/\/vitals\/baseline$/);
    await visible(page.getByTestId("vitals-tabs"));
    const form = page.getByTestId("vitals-form");
    await visible(form);
    await visible(page.getByTestId("vitals-empty"));

    // This morning: resting HR 52, HRV 68.
    await form.locator('[name="restingHr"]').fill("52");
    await form.locator('[name="hrv"]').fill(c.locale === "de-DE" ? "68,0" : "68");
    await form.locator('button[type="submit"]').click();
    const rows = page.getByTestId("vitals-row");
    await count(rows, 1);
    await slowText(rows.first()).toContain("52");
    await slowText(rows.first()).toContain("68");
    await slowText(page.getByTestId("vitals-baseline")).toContain("52");
    await shot(page, `e2e-vitals-${c.name}-01-logged`);

    // Edit it in place: the row turns into inputs, save puts the row back.
    await rows.first().getByRole("button", { name: c.edit }).click();
    const edit = page.getByTestId("vitals-row-edit");
    await visible(edit);
    await edit.locator('[name="restingHr"]').fill("54");
    await edit.locator('[name="spo2"]').fill("97");
    await shot(page, `e2e-vitals-${c.name}-02-inline-edit`);
    await edit.getByRole("button", { name: c.save }).click();
    await hidden(edit);
    await slowText(rows.first()).toContain("54");
    await slowText(rows.first()).toContain("97");

    // The server agrees.
    const token = await tokenOf(page);
    const res = await fetch(`${e.server.url}/api/vitals/baseline`, { headers: { "x-auth-token": token } });
    expect(await res.json()).toEqual([expect.objectContaining({ restingHr: 54, hrv: 68, spo2: 97 })]);

    // Import the OMRON export through the import tab.
    const tabs = page.getByTestId("vitals-tabs");
    await tabs.getByRole("link", { name: c.importTab }).click();
    await page.waitForURL(/\/vitals\/import$/);
    await page.getByTestId("import-file").setInputFiles(fixture);
    const counts = page.getByTestId("import-counts");
    await visible(counts, 15_000);
    await expect
      .poll(() => counts.locator('[data-count="new"] dd').textContent(), { timeout: 15_000 })
      .toBe("3");
    await visible(page.getByTestId("import-preview"));
    await count(page.getByTestId("import-preview").locator("tbody tr"), 3);
    await shot(page, `e2e-vitals-${c.name}-03-import-ready`);
    await page.getByTestId("import-commit").click();
    const done = page.getByTestId("import-done");
    await visible(done, 15_000);
    await slowText(done).toContain("3");
    await shot(page, `e2e-vitals-${c.name}-04-import-done`);

    // The three readings are in the blood pressure tab.
    await tabs.getByRole("link", { name: c.bpTab }).click();
    await page.waitForURL(/\/vitals\/blood-pressure$/);
    await count(page.getByTestId("bp-row"), 3);
    await slowText(page.getByTestId("bp-list")).toContain("114/74");
    await shot(page, `e2e-vitals-${c.name}-05-bp-tab`);

    // The same file again adds nothing: 0 new, 3 already there.
    await tabs.getByRole("link", { name: c.importTab }).click();
    await page.getByTestId("import-file").setInputFiles(fixture);
    const again = page.getByTestId("import-counts");
    await expect
      .poll(() => again.locator('[data-count="duplicate"] dd').textContent(), { timeout: 15_000 })
      .toBe("3");
    expect(await again.locator('[data-count="new"] dd').textContent()).toBe("0");
    await count(page.getByTestId("import-commit"), 0);
    await shot(page, `e2e-vitals-${c.name}-06-import-again`);
    await page.getByTestId("import-cancel").click();
    await hidden(again);

    // The old address still leads to the blood pressure tab.
    await page.goto(`${e.server.url}/blood-pressure`);
    await page.waitForURL(/\/vitals\/blood-pressure$/);
    await count(page.getByTestId("bp-row"), 3);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
