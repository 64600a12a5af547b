import type { Locator, Page } from "playwright-core";
import sharp from "sharp";
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

const e2e = useE2e();

/** A portrait "photo" without EXIF (so the chosen date counts): a coloured figure and a label. */
async function photoJpeg(background: string, figure: string, label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800">
    <rect width="600" height="800" fill="${background}"/>
    <ellipse cx="300" cy="170" rx="80" ry="95" fill="${figure}"/>
    <rect x="190" y="280" width="220" height="380" rx="60" fill="${figure}"/>
    <text x="300" y="760" font-size="64" text-anchor="middle" fill="#ffffff">${label}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** The photo's image has arrived from its signed link (not a broken image). */
const loaded = (img: Locator) =>
  expect
    .poll(
      () =>
        img.evaluate(
          (el) => Reflect.get(el, "complete") === true && Number(Reflect.get(el, "naturalWidth")) > 0,
        ),
      { timeout: 10_000 },
    )
    .toBe(true);

/** The dialog's opening animation is over (a screenshot would show it half transparent). */
const settled = (page: Page) => page.evaluate("Promise.all(document.getAnimations().map((a) => a.finished))");

async function upload(page: Page, file: { name: string; buffer: Buffer }, date: string, note: string) {
  const form = page.getByTestId("photo-upload");
  await page.getByTestId("photo-file").setInputFiles({ ...file, mimeType: "image/jpeg" });
  await visible(form.locator(".photo-chosen"));
  await form.locator('input[type="date"]').fill(date);
  await form.locator('input[name="note"]').fill(note);
  await form.locator('button[type="submit"]').click();
}

const cases = phoneAndDesktop(
  {
    nav: /fotos/i,
    body: /gewicht/i,
    unsupported: /kein foto/i,
    unreadable: /nicht gelesen/i,
    cancelUpload: /abbrechen/i,
    save: /speichern/i,
    edit: /bearbeiten/i,
    delete: /löschen/i,
  },
  {
    nav: /photos/i,
    body: /body/i,
    unsupported: /not a photo/i,
    unreadable: /could not be read/i,
    cancelUpload: /cancel upload/i,
    save: /save/i,
    edit: /edit/i,
    delete: /delete/i,
  },
);

describe.each(cases)("photos: upload → gallery → compare ($name)", (c) => {
  it("works the way a person uses it", async () => {
    const e = e2e();
    const { context, page, pageErrors } = await openPage(e.browser, c);
    const email = `photos-${c.name}@e2e.test`;

    await registerAndVerify(page, e, { email, name: `Tester ${c.name}`, dashboard: "dashboard-vitals" });

    // Photos are a tab of the body section, which phones reach through the Weight tab.
    await page.getByTestId("app-nav").getByRole("link", { name: c.body }).first().click();
    await page.waitForURL(c.name === "phone" ? /\/weight$/ : /\/body\/circumferences$/);
    await page.getByTestId("body-tabs").getByRole("link", { name: c.nav }).click();
    await page.waitForURL(/\/body\/photos$/);
    await visible(page.getByTestId("photo-upload"));
    await shot(page, `e2e-photos-${c.name}-01-empty`);

    // A text file named like a photo: refused by its bytes, said in words about photos.
    await page.getByTestId("photo-file").setInputFiles({
      name: "not-a-photo.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("this is plain text, not a JPEG\n".repeat(20)),
    });
    await page.getByTestId("photo-upload").locator('button[type="submit"]').click();
    await text(page.getByTestId("photo-upload").getByRole("alert")).toMatch(c.unsupported);
    await shot(page, `e2e-photos-${c.name}-02-refused`);
    await page.getByTestId("photo-upload").locator(".photo-chosen button").click();

    // A JPEG cut off after its first kilobytes: the server cannot read it, and says so.
    const whole = await photoJpeg("#cccccc", "#333333", "CUT");
    await page.getByTestId("photo-file").setInputFiles({
      name: "truncated.jpg",
      mimeType: "image/jpeg",
      buffer: whole.subarray(0, Math.floor(whole.length / 3)),
    });
    await page.getByTestId("photo-upload").locator('button[type="submit"]').click();
    await text(page.getByTestId("photo-upload").getByRole("alert")).toMatch(c.unreadable);
    await page.getByTestId("photo-upload").locator(".photo-chosen button").click();

    // The first photo, a month ago: its thumbnail appears in the gallery and loads.
    const first = { name: "start.jpg", buffer: await photoJpeg("#d9e2ec", "#2f6f4f", "MAY") };
    await upload(page, first, "2025-05-01", "Start");
    const thumbs = page.getByTestId("photo-thumb");
    await count(thumbs, 1);
    await loaded(thumbs.first().locator("img"));
    expect(await thumbs.first().locator("img").getAttribute("loading")).toBe("lazy");
    await count(page.getByTestId("compare-slider"), 0);
    await shot(page, `e2e-photos-${c.name}-03-first`);

    // The second, a month later: two days in the gallery, the comparison appears.
    const second = { name: "later.jpg", buffer: await photoJpeg("#f0e6d8", "#8a3b12", "JUNE") };
    // A slow server: the upload shows its progress and can be cancelled meanwhile.
    await page.route("**/api/photos", async (route) => {
      if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await upload(page, second, "2025-06-01", "Vier Wochen später");
    await visible(page.getByTestId("photo-progress"));
    await visible(page.getByTestId("photo-upload").getByRole("button", { name: c.cancelUpload }));
    await shot(page, `e2e-photos-${c.name}-03b-uploading`);
    await hidden(page.getByTestId("photo-progress"));
    await page.unroute("**/api/photos");
    await count(thumbs, 2);
    await count(page.locator(".photo-day"), 2);
    await loaded(thumbs.nth(1).locator("img"));
    await page.getByTestId("photo-gallery").scrollIntoViewIfNeeded();
    await shot(page, `e2e-photos-${c.name}-03c-gallery`);
    const slider = page.getByTestId("compare-slider");
    await visible(slider);
    await loaded(slider.getByTestId("compare-before"));
    expect(await page.getByTestId("compare-before-date").inputValue()).toBe("2025-05-01");
    expect(await page.getByTestId("compare-after-date").inputValue()).toBe("2025-06-01");

    // The slider: by keyboard (Home shows only "after", End only "before") and by dragging.
    const range = page.getByTestId("compare-range");
    const clip = () => slider.getByTestId("compare-before").getAttribute("style");
    expect(await range.inputValue()).toBe("50");
    await range.focus();
    await page.keyboard.press("Home");
    expect(await range.inputValue()).toBe("0");
    await page.keyboard.press("ArrowRight");
    expect(await range.inputValue()).toBe("1");
    await page.keyboard.press("End");
    expect(await range.inputValue()).toBe("100");
    await slider.scrollIntoViewIfNeeded();
    const at = await slider.boundingBox();
    if (!at) throw new Error("the slider has no box");
    await page.mouse.move(at.x + at.width * 0.8, at.y + at.height / 2);
    await page.mouse.down();
    await page.mouse.move(at.x + at.width * 0.5, at.y + at.height / 2, { steps: 5 });
    await page.mouse.move(at.x + at.width * 0.3, at.y + at.height / 2, { steps: 5 });
    await page.mouse.up();
    const dragged = Number(await range.inputValue());
    expect(dragged).toBeGreaterThan(25);
    expect(dragged).toBeLessThan(35);
    // "Before" is clipped at the handle: only its left part shows.
    expect(await clip()).toContain(`inset(0px ${100 - dragged}% 0px 0px)`);
    await shot(page, `e2e-photos-${c.name}-04-compare`);
    if (c.name === "desktop") {
      await count(page.locator(".compare-figure img"), 2);
      expect(await page.locator(".compare-side").isVisible()).toBe(true);
    }

    // Open the newer photo: the viewer shows it with its note; change the pose.
    await page.getByTestId("photo-gallery").getByTestId("photo-thumb").first().click();
    const viewer = page.getByTestId("photo-viewer");
    await visible(viewer);
    await loaded(viewer.locator(".photo-viewer-img"));
    await text(viewer).toContain("Vier Wochen später");
    await settled(page);
    await shot(page, `e2e-photos-${c.name}-05-viewer`);
    await viewer.getByRole("button", { name: c.edit }).click();
    const edit = page.getByTestId("photo-edit-form");
    await edit.locator('input[value="side"]').check({ force: true });
    await edit.getByRole("button", { name: c.save }).click();
    await hidden(edit);
    await page.keyboard.press("Escape");
    await hidden(viewer);
    // No two days of one pose are left to compare.
    await count(page.getByTestId("compare-slider"), 0);

    // Delete the older one, after confirming: one thumbnail is left.
    await page.getByTestId("photo-gallery").getByTestId("photo-thumb").nth(1).click();
    await visible(viewer);
    await viewer.getByRole("button", { name: c.delete }).click();
    await page.getByTestId("confirm-delete").click();
    await hidden(viewer);
    await count(thumbs, 1);
    await shot(page, `e2e-photos-${c.name}-06-after-delete`);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
