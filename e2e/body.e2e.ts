import { ageOn, jacksonPollock3Density, navyBodyFatPct, siriBodyFatPct, todayIn } from "@mitai/shared";
import type { Page } from "playwright-core";
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
    nav: /gewicht/i,
    caliperTab: /caliper/i,
    girthTab: /umfänge/i,
    neck: "38,5",
    missingHeight: "Größe",
    edit: /bearbeiten/i,
    save: /speichern/i,
  },
  {
    nav: /^body$/i,
    caliperTab: /caliper/i,
    girthTab: /circumferences/i,
    neck: "38.5",
    missingHeight: "height",
    edit: /edit/i,
    save: /^save$/i,
  },
);

const BIRTH_DATE = "1990-05-15";
const HEIGHT_CM = 180;
const WEIGHT_KG = 80;
const girths = { neck: 38.5, waist: 86, hip: 98 };
const folds = { chest: 12, abdomen: 20, thigh: 15 };

const decimals = (locale: string, digits: number) => (value: number) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );

/** Toasts would cover what the screenshot is for: close them the way a person would. */
async function closeToasts(page: Page) {
  // One at a time from the first: closing one shifts the others, so a captured list goes stale.
  const close = page.locator(".toast-close");
  while ((await close.count()) > 0) await close.first().click();
}

async function api(token: string, method: string, path: string, body: unknown) {
  const res = await fetch(`${e2e().server.url}/api${path}`, {
    method,
    headers: { "x-auth-token": token, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
}

describe.each(cases)("body: circumferences and caliper ($name)", (c) => {
  it("shows the derived figures and the computed body fat", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    const email = `body-${c.name}@e2e.test`;
    const ratio = decimals(c.locale, 2);
    const pct = decimals(c.locale, 1);

    await registerAndVerify(page, e, { email, name: `Tester ${c.name}`, dashboard: "dashboard-body" });

    // The body page through the navigation: circumferences first. Phones have no Body tab: the
    // weight page's section strip leads there, and the Weight tab stays marked.
    await page.getByTestId("app-nav").getByRole("link", { name: c.nav }).first().click();
    if (c.name === "phone") {
      await page.waitForURL(/\/weight$/);
      await visible(page.getByTestId("body-tabs"));
      await closeToasts(page);
      await shot(page, "e2e-body-phone-00-weight-tabs");
      await page.getByTestId("body-tabs").getByRole("link", { name: c.girthTab }).click();
    }
    await page.waitForURL(/\/body\/circumferences$/);
    if (c.name === "phone") {
      const weightTab = page.getByTestId("app-nav").getByRole("link", { name: c.nav }).first();
      await expect.poll(() => weightTab.getAttribute("class")).toContain("phone-active");
      await shot(page, "e2e-body-phone-00b-body-tabs");
    } else {
      // Wide screens list Body in the sidebar: the strip has no Weight tab there.
      await count(page.getByTestId("body-tabs").getByRole("link", { name: /^weight$/i }), 0);
    }
    const form = page.getByTestId("circumference-form");
    await visible(form);
    await visible(page.getByTestId("circumference-empty"));

    // Focusing a field highlights its point on the sketch.
    const sketch = page.getByTestId("body-sketch");
    await form.locator('[name="neck"]').fill(c.neck);
    expect(await sketch.getAttribute("data-active")).toBe("neck");
    await form.locator('[name="waist"]').fill(String(girths.waist));
    await form.locator('[name="hip"]').fill(String(girths.hip));
    expect(await sketch.getAttribute("data-active")).toBe("hip");
    await closeToasts(page);
    await shot(page, `e2e-body-${c.name}-01-circumference-form`);
    await form.locator('button[type="submit"]').click();

    // Without a height the row says what is missing; the waist-hip ratio is there already.
    const rows = page.getByTestId("circumference-row");
    await count(rows, 1);
    await text(rows.first()).toContain(ratio(girths.waist / girths.hip));
    await text(rows.first().getByTestId("circumference-missing")).toContain(c.missingHeight);

    // Without sex and birth date the caliper tab points to the settings.
    const tabs = page.getByTestId("body-tabs");
    await tabs.getByRole("link", { name: c.caliperTab }).click();
    await page.waitForURL(/\/body\/caliper$/);
    await visible(page.getByTestId("caliper-needs-profile"));
    await closeToasts(page);
    await shot(page, `e2e-body-${c.name}-02-caliper-needs-profile`);

    // Sex, birth date and height in the profile, and this morning's weight.
    const token = await tokenOf(page);
    const today = todayIn("Europe/Berlin");
    await api(token, "PUT", "/profile", { sex: "male", birthDate: BIRTH_DATE, heightCm: HEIGHT_CM });
    await api(token, "POST", "/weight", { date: today, weight: WEIGHT_KG });
    await page.reload();

    // A 3-site caliper measurement: a man's sites only, each with its how-to.
    const caliper = page.getByTestId("caliper-form");
    await visible(caliper);
    const sites = page.getByTestId("caliper-sites").locator("input");
    await count(sites, 3);
    await caliper.locator('[data-method="dw4"]').click();
    await count(sites, 4);
    await caliper.locator('[data-method="jp3"]').click();
    await count(sites, 3);
    for (const [site, mm] of Object.entries(folds)) {
      await caliper.locator(`[name="${site}"]`).fill(String(mm));
    }
    await closeToasts(page);
    await shot(page, `e2e-body-${c.name}-03-caliper-form`);
    await caliper.locator('button[type="submit"]').click();

    const sum = folds.chest + folds.abdomen + folds.thigh;
    const bodyFat = siriBodyFatPct(jacksonPollock3Density("male", sum, ageOn(BIRTH_DATE, today)));
    const editedThigh = 25;
    const editedBodyFat = siriBodyFatPct(
      jacksonPollock3Density("male", sum - folds.thigh + editedThigh, ageOn(BIRTH_DATE, today)),
    );
    const result = page.getByTestId("caliper-result");
    await text(page.getByTestId("caliper-body-fat")).toContain(pct(bodyFat));
    await text(result).toContain(pct((WEIGHT_KG * (100 - bodyFat)) / 100));
    await count(page.getByTestId("caliper-row"), 1);
    await result.scrollIntoViewIfNeeded();
    await closeToasts(page);
    await shot(page, `e2e-body-${c.name}-04-caliper-result`);
    await page.getByTestId("caliper-list").scrollIntoViewIfNeeded();
    await closeToasts(page);
    await shot(page, `e2e-body-${c.name}-05-caliper-history`);

    // Edit the row's thigh in place: the same method's sites only, and the server recomputes the fat %.
    const caliperRow = page.getByTestId("caliper-row").first();
    await text(caliperRow).toContain(pct(bodyFat));
    await caliperRow.getByRole("button", { name: c.edit }).click();
    const caliperEdit = page.getByTestId("caliper-row-edit");
    await visible(caliperEdit);
    await count(caliperEdit.getByTestId("caliper-sites").locator("input"), 3);
    await caliperEdit.locator('[name="thigh"]').fill(String(editedThigh));
    await closeToasts(page);
    await shot(page, `e2e-body-${c.name}-05b-caliper-edit`);
    await caliperEdit.getByRole("button", { name: c.save }).click();
    await hidden(caliperEdit);
    await text(page.getByTestId("caliper-row").first()).toContain(pct(editedBodyFat));
    await text(page.getByTestId("caliper-body-fat")).toContain(pct(editedBodyFat));

    // Back on the circumferences, the height and sex now give every figure.
    await tabs.getByRole("link", { name: c.girthTab }).click();
    await page.waitForURL(/\/body\/circumferences$/);
    const navy = navyBodyFatPct({
      sex: "male",
      heightCm: HEIGHT_CM,
      neckCm: girths.neck,
      waistCm: girths.waist,
      hipCm: girths.hip,
    });
    const derived = rows.first().getByTestId("circumference-derived");
    await text(derived).toContain(ratio(girths.waist / HEIGHT_CM));
    await text(derived).toContain(pct(navy ?? 0));
    expect(await derived.locator('[data-figure="whtr"]').getAttribute("class")).toContain("risk-low");
    await count(rows.first().getByTestId("circumference-missing"), 0);

    // Edit the row in place: a waist of 90 cm at 180 cm is a ratio of 0.5, the increased-risk band.
    await rows.first().getByRole("button", { name: c.edit }).click();
    const edit = page.getByTestId("circumference-row-edit");
    await visible(edit);
    await edit.locator('[name="waist"]').fill("90");
    await edit.getByRole("button", { name: c.save }).click();
    await hidden(edit);
    await text(derived).toContain(ratio(90 / HEIGHT_CM));
    expect(await derived.locator('[data-figure="whtr"]').getAttribute("class")).toContain("risk-increased");
    await page.getByTestId("circumference-list").scrollIntoViewIfNeeded();
    await closeToasts(page);
    await shot(page, `e2e-body-${c.name}-06-circumference-history`);

    // The dashboard has the latest body fat (the caliper's as edited, taken the same day) and waist.
    await page.getByTestId("app-nav").getByRole("link").first().click();
    const tile = page.getByTestId("dashboard-body");
    await visible(tile);
    await text(page.getByTestId("dashboard-body-fat")).toContain(pct(editedBodyFat));
    await text(page.getByTestId("dashboard-waist")).toContain("90");
    await tile.scrollIntoViewIfNeeded();
    await closeToasts(page);
    await shot(page, `e2e-body-${c.name}-07-dashboard`);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
