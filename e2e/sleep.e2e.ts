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
  {
    nav: /schlaf/i,
    duration: "7 h 30 min",
    quality4: "4 von 5",
    quality2: "2 von 5",
    edit: /bearbeiten/i,
    remove: /löschen/i,
  },
  {
    nav: /sleep/i,
    duration: "7 h 30 min",
    quality4: "4 of 5",
    quality2: "2 of 5",
    edit: /edit/i,
    remove: /delete/i,
  },
);

/** A night of `hours` ending at 06:30 (the test process's local time) `daysAgo` days ago, with a made-up phase pattern. */
function night(daysAgo: number, hours: number, quality: number) {
  const wake = new Date();
  wake.setDate(wake.getDate() - daysAgo);
  wake.setHours(6, 30, 0, 0);
  const bed = new Date(wake.getTime() - hours * 3_600_000);
  const cycle = [
    ["light", 25],
    ["deep", 35],
    ["light", 20],
    ["rem", 20],
  ] as const;
  const segments: { phase: string; start: string; end: string }[] = [];
  let at = bed.getTime();
  let i = 0;
  while (at < wake.getTime()) {
    const [phase, minutes] = i % 9 === 8 ? (["awake", 5] as const) : (cycle[i % 4] ?? cycle[0]);
    const end = Math.min(at + minutes * 60_000, wake.getTime());
    segments.push({ phase, start: new Date(at).toISOString(), end: new Date(end).toISOString() });
    at = end;
    i++;
  }
  return { bedtime: bed.toISOString(), wakeTime: wake.toISOString(), quality, segments };
}

describe.each(cases)("sleep: log → edit → delete ($name)", (c) => {
  it("works the way a person uses it", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    const email = `sleep-${c.name}@e2e.test`;

    // Register and open the link from the mail: logged in.
    await registerAndVerify(page, e, { email, name: `Tester ${c.name}`, dashboard: "dashboard-sleep" });

    // Sleep through the navigation (on a phone a tab of the vitals section): the quick entry comes
    // first, last night preselected.
    if (c.name === "phone") {
      await page
        .getByTestId("app-nav")
        .getByRole("link", { name: /vitalwerte/i })
        .first()
        .click();
      await page.getByTestId("vitals-tabs").getByRole("link", { name: c.nav }).click();
    } else {
      await page.getByTestId("app-nav").getByRole("link", { name: c.nav }).first().click();
    }
    await page.waitForURL(/\/sleep$/);
    // The vitals tab carries the section mark, which phones show: sleep is a tab of vitals there.
    const vitalsTab = page
      .getByTestId("app-nav")
      .getByRole("link", { name: /vitalwerte|vitals/i })
      .first();
    await expect.poll(() => vitalsTab.getAttribute("class")).toContain("phone-active");
    const form = page.getByTestId("sleep-form");
    await visible(form);
    await visible(page.getByTestId("sleep-empty"));
    await shot(page, `e2e-sleep-${c.name}-01-empty`);

    // The night before last (23:10 → 06:40 yesterday), so the wake-up is in the past whenever CI runs;
    // quality 4, phases 85/95/240/30.
    const today = todayIn("Europe/Berlin");
    await form.locator('[name="bedDate"]').fill(addDays(today, -2));
    await form.locator('[name="wakeDate"]').fill(addDays(today, -1));
    await form.locator('[name="bedTime"]').fill("23:10");
    await form.locator('[name="wakeTime"]').fill("06:40");
    await text(page.getByTestId("sleep-form-duration")).toBe(c.duration);
    await form.locator('label:has([name="quality"][value="4"])').click();
    await form.locator("summary").click();
    await form.locator('[name="deepMin"]').fill("85");
    await form.locator('[name="remMin"]').fill("95");
    await form.locator('[name="lightMin"]').fill("240");
    await form.locator('[name="awakeMin"]').fill("30");
    await shot(page, `e2e-sleep-${c.name}-02-form`);
    await form.locator('button[type="submit"]').click();

    const rows = page.getByTestId("sleep-row");
    await count(rows, 1);
    const last = page.getByTestId("sleep-last-night");
    await text(last).toContain(c.duration);
    await text(last).toContain(c.quality4);
    await visible(last.getByTestId("sleep-hypnogram"));
    await text(rows.first()).toContain(c.duration);
    await text(page.getByTestId("sleep-stats")).toContain(c.duration);
    await last.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-sleep-${c.name}-03-logged`);

    // Edit the quality to 2.
    await rows.first().getByRole("button", { name: c.edit }).click();
    const edit = page.getByTestId("sleep-edit-form");
    await visible(edit);
    await edit.locator('label:has([name="quality"][value="2"])').click();
    await shot(page, `e2e-sleep-${c.name}-04-edit`);
    await edit.locator('button[type="submit"]').click();
    await hidden(edit);
    await text(rows.first()).toContain(c.quality2);
    await text(last).toContain(c.quality2);

    // The server agrees.
    const token = await tokenOf(page);
    const headers = { "x-auth-token": token, "content-type": "application/json" };
    const res = await fetch(`${e.server.url}/api/sleep`, { headers });
    expect(await res.json()).toEqual([
      expect.objectContaining({
        durationMin: 450,
        quality: 2,
        deepMin: 85,
        remMin: 95,
        lightMin: 240,
        awakeMin: 30,
      }),
    ]);

    // Delete it, confirming: back to the empty state.
    await rows.first().getByRole("button", { name: c.remove }).click();
    await page.getByTestId("confirm-delete").click();
    await count(rows, 0);
    await visible(page.getByTestId("sleep-empty"));

    // Three weeks of nights with phase segments (as a tracker would send them): hypnogram, trends, chart.
    // From yesterday back: a wake-up "today at 06:30" would lie in the future when CI runs before it.
    for (let daysAgo = 1; daysAgo < 22; daysAgo++) {
      if (daysAgo % 6 === 5) continue;
      const body = night(daysAgo, 6.5 + ((daysAgo * 7) % 5) * 0.4, 1 + ((daysAgo * 3) % 5));
      const created = await fetch(`${e.server.url}/api/sleep`, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
      });
      expect(created.status).toBe(201);
    }
    await page.reload();
    await visible(last.locator('[data-testid="sleep-hypnogram"][data-kind="segments"]'));
    await visible(page.getByTestId("sleep-chart").locator(".recharts-bar-rectangle").first());
    await last.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-sleep-${c.name}-05-hypnogram`);
    await page.getByTestId("sleep-stats").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, `e2e-sleep-${c.name}-06-trends`);

    // The dashboard tile shows last night and leads to the page.
    await page.getByTestId("app-nav").getByRole("link").first().click();
    const tile = page.getByTestId("dashboard-sleep");
    await text(tile).toContain(" h ");
    await tile.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, `e2e-sleep-${c.name}-07-dashboard`);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
