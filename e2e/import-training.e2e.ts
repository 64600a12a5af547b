import path from "node:path";
import { describe, expect, it } from "vitest";
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
const testdata = (name: string) => path.resolve(repoRoot, "apps/server/src/modules/import/testdata", name);

const cases = phoneAndDesktop(
  {
    workouts: "Workouts-de-20250410_000000-20250412_235959.csv",
    firstType: "Funktionelles Training",
    running: "Laufen",
    another: "Weitere Datei importieren",
  },
  {
    workouts: "Workouts-20250301_000000-20250307_235959.csv",
    firstType: "Weight training",
    running: "Running",
    another: "Import another file",
  },
);

describe.each(cases)("import: training sessions from Apple Health and a FIT file ($name)", (c) => {
  it("previews sessions with their mapped types, imports them, and refuses a scale's FIT file", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    await registerAndVerify(page, e, {
      email: `training-import-${c.name}@e2e.test`,
      name: `Tester ${c.name}`,
      dashboard: "dashboard-bp",
    });
    await page.goto(`${e.server.url}/vitals/import`);
    await visible(page.locator(".dropzone"));

    // A workouts file: one table of sessions, each with the type its name maps to.
    await page.getByTestId("import-file").setInputFiles(testdata(c.workouts));
    const sessions = page.getByTestId("import-preview-activity");
    await visible(sessions, 15_000);
    await text(sessions.locator("tbody tr").first()).toContain(c.firstType);
    await sessions.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, `e2e-import-training-${c.name}-01-workouts-preview`);
    await page.getByTestId("import-commit").click();
    await visible(page.getByTestId("import-done"), 15_000);
    await visible(page.getByTestId("import-open-activity"));
    await shot(page, `e2e-import-training-${c.name}-02-workouts-done`);
    await page.getByRole("button", { name: c.another }).click();

    // A FIT activity: its one session, named by its sport.
    await page.getByTestId("import-file").setInputFiles(testdata("python-fitparse_garmin-fenix-5-run.fit"));
    await visible(sessions, 15_000);
    await count(sessions.locator("tbody tr"), 1);
    await text(sessions).toContain(c.running);
    await shot(page, `e2e-import-training-${c.name}-03-fit-preview`);
    await page.getByTestId("import-commit").click();
    await visible(page.getByTestId("import-done"), 15_000);
    await page.getByRole("button", { name: c.another }).click();

    // A weight scale's FIT file is no training: the job says what the file is.
    await page
      .getByTestId("import-file")
      .setInputFiles(testdata("python-fitparse_WeightScaleSingleUser.fit"));
    const job = page.getByTestId("import-job");
    await expect.poll(() => job.getAttribute("data-status"), { timeout: 15_000 }).toBe("failed");
    await text(job).toContain("weight scale file, not an activity");
    await shot(page, `e2e-import-training-${c.name}-04-fit-not-an-activity`);
    await page.getByRole("button", { name: c.another }).click();
    await hidden(job);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
