import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { startMailCatcher } from "../../apps/server/src/test/mail-catcher.js";
import { launchChromium, screenshotDir } from "./browser.js";
import { type RunningServer, startServer } from "./server.js";

export type E2e = {
  server: RunningServer;
  mail: Awaited<ReturnType<typeof startMailCatcher>>;
  browser: Browser;
};

/** The built app on a fresh data dir with its mail caught by a real SMTP server, and Chromium. */
export async function startE2e(): Promise<E2e> {
  const mail = await startMailCatcher();
  const server = await startServer({
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(mail.port),
    SMTP_FROM: "mitai@e2e.test",
  });
  const browser = await launchChromium();
  return { server, mail, browser };
}

export async function stopE2e(e: Partial<E2e>): Promise<void> {
  await e.browser?.close();
  await e.server?.stop();
  await e.mail?.close();
}

/**
 * A fresh browser context at a viewport and locale in Berlin time, its page, and the page errors
 * it throws (a test ends by expecting none).
 */
export async function openPage(
  browser: Browser,
  c: { viewport: { width: number; height: number }; locale: string },
) {
  const context = await browser.newContext({
    viewport: c.viewport,
    locale: c.locale,
    timezoneId: "Europe/Berlin",
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  return { context, page, pageErrors };
}

/** Waits for what a person would wait for (playwright-core has no `expect` of its own). */
export const visible = (l: Locator, timeout = 10_000) => l.waitFor({ state: "visible", timeout });
export const hidden = (l: Locator) => l.waitFor({ state: "hidden", timeout: 10_000 });
export const count = (l: Locator, n: number) => expect.poll(() => l.count(), { timeout: 10_000 }).toBe(n);
export const text = (l: Locator, timeout = 10_000) =>
  expect.poll(async () => (await l.textContent()) ?? "", { timeout });

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
}
