import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
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
import { repoRoot } from "./support/server.js";

const e2e = useE2e();
let dir: string;

/** A Health Auto Export file with a week of vitals, two readings and nights (see its README row). */
const healthAutoExport = path.resolve(
  repoRoot,
  "apps/server/src/modules/import/testdata/HealthAutoExport-2025-03-01-2025-03-07.csv",
);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "mitai-e2e-csv-"));
});

/** "14.03.2025" for `daysAgo` days before today in Berlin, the zone the browser (and so the profile) uses. */
function germanDate(daysAgo: number): string {
  return new Intl.DateTimeFormat("de-DE", {
    timeZone: "Europe/Berlin",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date(Date.now() - daysAgo * 86_400_000));
}

/** A spreadsheet's own export: `;`, German headers and dates, three mornings in the past. */
async function writeGenericCsv(name: string): Promise<string> {
  const file = path.join(dir, `blutdruck-${name}.csv`);
  const rows = [
    "Datum;Uhrzeit;SYS;DIA;Puls",
    `${germanDate(3)};07:30;128;82;64`,
    `${germanDate(2)};07:45;131;84;66`,
    `${germanDate(1)};07:15;124;79;61`,
  ];
  await writeFile(file, `${rows.join("\n")}\n`, "utf8");
  return file;
}

/** A sleep log with US slash dates: the mapping has to ask whether the month or the day comes first. */
async function writeSleepCsv(name: string): Promise<string> {
  const us = (daysAgo: number) =>
    new Intl.DateTimeFormat("en-US", {
      timeZone: "Europe/Berlin",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
    }).format(new Date(Date.now() - daysAgo * 86_400_000));
  const file = path.join(dir, `sleep-${name}.csv`);
  const rows = [
    "Date,Bedtime,Wake time,Deep (min),REM (min)",
    `${us(2)},${us(3)} 23:10,${us(2)} 06:40,62,95`,
    `${us(1)},${us(2)} 22:50,${us(1)} 06:20,70,88`,
  ];
  await writeFile(file, `${rows.join("\n")}\n`, "utf8");
  return file;
}

/** The import waits on the server's analysis: a little more patience than the other checks. */
const slowText = (l: Locator) => text(l, 15_000);
const countOf = (counts: Locator, key: "new" | "duplicate") =>
  expect.poll(() => counts.locator(`[data-count="${key}"] dd`).textContent(), { timeout: 15_000 });

const cases = phoneAndDesktop(
  {
    reading: "128/82",
    forget: /vergessen/i,
    noTimes: /Uhrzeiten nicht erfasst/,
  },
  {
    reading: "128/82",
    forget: /forget/i,
    noTimes: /Times not recorded/,
  },
);

describe.each(cases)("import: generic CSV with a column mapping, Health Auto Export ($name)", (c) => {
  it("works the way a person uses it", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    await registerAndVerify(page, e, {
      email: `mapping-${c.name}@e2e.test`,
      name: `Tester ${c.name}`,
      dashboard: "dashboard-bp",
    });
    const csv = await writeGenericCsv(c.name);

    // No remembered mappings yet: the section is not there.
    await page.goto(`${e.server.url}/vitals/import`);
    await visible(page.locator(".dropzone"));
    await count(page.getByTestId("import-mappings"), 0);

    // A CSV of unknown layout asks for its columns, with the guesses already chosen.
    await page.getByTestId("import-file").setInputFiles(csv);
    const mapping = page.getByTestId("import-mapping");
    await visible(mapping, 15_000);
    await expect
      .poll(() => mapping.locator('input[name="kind"][value="blood_pressure"]').isChecked())
      .toBe(true);
    const select = (field: string) => mapping.locator(`select[name="fields.blood_pressure.${field}"]`);
    expect(await select("date").inputValue()).toBe("Datum");
    expect(await select("time").inputValue()).toBe("Uhrzeit");
    expect(await select("systolic").inputValue()).toBe("SYS");
    expect(await select("diastolic").inputValue()).toBe("DIA");
    expect(await select("pulse").inputValue()).toBe("Puls");
    expect(await select("note").inputValue()).toBe("");
    await count(page.getByTestId("import-sample").locator("tbody tr"), 3);
    await text(page.getByTestId("import-sample")).toContain(germanDate(3));
    // Dotted dates are always day first: no question about the order.
    await count(page.getByTestId("import-mapping-date-order"), 0);
    expect(await page.getByTestId("import-mapping-remember").isChecked()).toBe(true);
    await mapping.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-import-mapping-${c.name}-01-form`);
    await mapping.locator(".import-mapping-fields").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-import-mapping-${c.name}-02-fields`);

    // Switching the kind shows that kind's fields; a required one left empty is named on submit.
    await mapping.getByTestId("import-kind-sleep").click();
    await visible(mapping.locator('select[name="fields.sleep.bedtime"]'));
    await count(select("systolic"), 0);
    await page.getByTestId("import-mapping-submit").click();
    await visible(mapping.locator(".field-invalid").first());
    await count(mapping.locator(".field-invalid"), 2);
    await mapping.getByTestId("import-kind-blood_pressure").click();
    expect(await select("systolic").inputValue()).toBe("SYS");

    // Read with these columns: the preview and the counts as for any known format.
    await page.getByTestId("import-mapping-submit").click();
    const counts = page.getByTestId("import-counts");
    await visible(counts, 15_000);
    await countOf(counts, "new").toBe("3");
    const preview = page.getByTestId("import-preview-blood_pressure");
    await count(preview.locator("tbody tr"), 3);
    await slowText(preview).toContain("128");
    await visible(page.getByTestId("import-mapped"));
    await shot(page, `e2e-import-mapping-${c.name}-03-preview`);

    // Import; the link leads to the readings.
    await page.getByTestId("import-commit").click();
    const done = page.getByTestId("import-done");
    await visible(done, 15_000);
    await slowText(done).toContain("3");
    await page.getByTestId("import-open-blood_pressure").click();
    await page.waitForURL(/\/vitals\/blood-pressure$/);
    await count(page.getByTestId("bp-row"), 3);
    await slowText(page.getByTestId("bp-list")).toContain(c.reading);

    // The mapping is remembered: listed on the import tab, and the same file is read at once.
    await page.goto(`${e.server.url}/vitals/import`);
    const remembered = page.getByTestId("import-mapping-row");
    await count(remembered, 1);
    await text(remembered.first()).toContain("Datum, Uhrzeit, SYS, DIA");
    await page.getByTestId("import-file").setInputFiles(csv);
    const again = page.getByTestId("import-counts");
    await visible(again, 15_000);
    await countOf(again, "duplicate").toBe("3");
    expect(await again.locator('[data-count="new"] dd').textContent()).toBe("0");
    await count(page.getByTestId("import-mapping"), 0);
    await count(page.getByTestId("import-commit"), 0);
    await shot(page, `e2e-import-mapping-${c.name}-04-recognized`);

    // The mapping in use can be opened again, prefilled, and left as it was.
    await page.getByTestId("import-change-mapping").click();
    await visible(mapping);
    expect(await select("systolic").inputValue()).toBe("SYS");
    await page.getByTestId("import-mapping-cancel").click();
    await visible(again);
    await page.getByTestId("import-cancel").click();
    await hidden(again);
    const toast = page.locator(".toast");
    await visible(toast);
    await toast.locator(".toast-close").click();
    await hidden(toast);

    // Slash dates: the kind is guessed from the headers and the day/month order is asked.
    await page.getByTestId("import-file").setInputFiles(await writeSleepCsv(c.name));
    await visible(mapping, 15_000);
    await expect.poll(() => mapping.locator('input[name="kind"][value="sleep"]').isChecked()).toBe(true);
    expect(await mapping.locator('select[name="fields.sleep.bedtime"]').inputValue()).toBe("Bedtime");
    expect(await mapping.locator('select[name="fields.sleep.deepMin"]').inputValue()).toBe("Deep (min)");
    const order = page.getByTestId("import-mapping-date-order");
    await visible(order);
    await order.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, `e2e-import-mapping-${c.name}-05-date-order`);
    await page.getByTestId("import-mapping-cancel").click();
    await hidden(mapping);
    await toast.locator(".toast-close").click();
    await hidden(toast);

    // A Health Auto Export file holds three kinds: counts and a table for each.
    await page.getByTestId("import-file").setInputFiles(healthAutoExport);
    const kinds = page.getByTestId("import-kinds");
    await visible(kinds, 15_000);
    await count(kinds.locator("li"), 3);
    for (const kind of ["vitals", "blood_pressure", "sleep"]) {
      await visible(page.getByTestId(`import-preview-${kind}`));
    }
    await slowText(page.getByTestId("import-preview-sleep")).toMatch(/\d:\d\d/);
    await kinds.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-import-mapping-${c.name}-06-multi-kind`);
    await page.getByTestId("import-preview-sleep").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, `e2e-import-mapping-${c.name}-07-multi-kind-sleep`);
    await page.getByTestId("import-commit").click();
    await visible(page.getByTestId("import-done"), 15_000);
    await visible(page.getByTestId("import-open-vitals"));
    await visible(page.getByTestId("import-open-blood_pressure"));
    await shot(page, `e2e-import-mapping-${c.name}-08-multi-kind-done`);
    await page.getByTestId("import-open-sleep").click();
    await page.waitForURL(/\/sleep$/);
    await expect.poll(() => page.getByTestId("sleep-row").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Nights imported with their durations only: no clock, said so instead of a made-up time.
    await visible(page.getByText(c.noTimes).first());
    await shot(page, `e2e-import-mapping-${c.name}-09-sleep-imported`);
    await page
      .getByTestId("sleep-row")
      .first()
      .evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, `e2e-import-mapping-${c.name}-10-sleep-list`);

    // Forgetting the mapping empties the section, so it disappears.
    await page.goto(`${e.server.url}/vitals/import`);
    await count(remembered, 1);
    await remembered.first().getByRole("button", { name: c.forget }).click();
    await page.getByTestId("confirm-forget-mapping").click();
    await count(page.getByTestId("import-mappings"), 0);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
