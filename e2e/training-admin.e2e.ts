import { describe, expect, it } from "vitest";
import {
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

// The first account on a server is its administrator: one person, looked at on the desktop and then
// on a phone.
const desktop = phoneAndDesktop({}, {})[1];

describe("admin: training types and activity mappings", () => {
  it("adds a training type and maps a name to it", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, desktop);
    await registerAndVerify(page, e, {
      email: "admin-training@e2e.test",
      name: "Admin",
      dashboard: "dashboard-training",
    });

    // From the admin page to the training types: the 29 built in, by category.
    await page.goto(`${e.server.url}/admin`);
    await page.getByRole("link", { name: "Training types" }).click();
    await page.waitForURL(/\/admin\/training-types$/);
    await count(page.getByTestId("training-type-row"), 29);
    await shot(page, "e2e-admin-training-desktop-01-types");

    // A new type: Parkour, a sport, with its own icon and abilities.
    await page.getByRole("button", { name: "New type" }).click();
    const form = page.getByTestId("training-type-form");
    await visible(form);
    await form.locator('[name="nameDe"]').fill("Parkour");
    await form.locator('[name="nameEn"]').fill("Parkour");
    await expect.poll(() => form.locator('[name="key"]').inputValue()).toBe("parkour");
    await form.locator('[name="category"]').selectOption("sports");
    await form.locator('input[name="type-icon"][value="zap"]').check({ force: true });
    await form.locator('input[name="type-ability-coordination"][value="3"]').check({ force: true });
    await shot(page, "e2e-admin-training-desktop-02-new-type");
    await page.getByTestId("save-training-type").click();
    await count(page.getByTestId("training-type-row"), 30);
    await text(page.getByTestId("training-types-sports")).toContain("Parkour");

    // A global mapping: sessions named "Parkour Jam" become Parkour.
    await page.goto(`${e.server.url}/admin/activity-mappings`);
    const mapping = page.getByTestId("mapping-form");
    await visible(mapping);
    await mapping.locator('[name="name"]').fill("Parkour Jam");
    await mapping.locator('[name="trainingTypeId"]').selectOption({ label: "Parkour" });
    await mapping.getByRole("button", { name: "Add" }).click();
    await visible(page.getByTestId("mapping-row").filter({ hasText: "Parkour Jam" }));
    await shot(page, "e2e-admin-training-desktop-03-mappings");

    // The same pages on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "e2e-admin-training-phone-03-mappings");
    await page.goto(`${e.server.url}/admin/training-types`);
    await count(page.getByTestId("training-type-row"), 30);
    await shot(page, "e2e-admin-training-phone-01-types");

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
