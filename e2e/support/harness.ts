import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { linkToken, startMailCatcher } from "../../apps/server/src/test/mail-catcher.js";
import { launchChromium, screenshotDir, viewports } from "./browser.js";
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
 * The e2e world for one test file: started before its tests, stopped after them. Call it at the top
 * level; the getter hands out the running world inside a test.
 */
export function useE2e(): () => E2e {
  let running: Partial<E2e> = {};
  beforeAll(async () => {
    running = await startE2e();
  });
  afterAll(() => stopE2e(running));
  return () => {
    const { server, mail, browser } = running;
    if (!server || !mail || !browser)
      throw new Error("the e2e world is not running (call useE2e at the top level)");
    return { server, mail, browser };
  };
}

/**
 * Each test's two runs: a phone in German and a desktop in English, each with the fields of its own
 * (labels, numbers as the locale writes them).
 */
export function phoneAndDesktop<const P extends object, const D extends object>(phone: P, desktop: D) {
  return [
    { name: "phone", viewport: viewports.phone, locale: "de-DE", ...phone },
    { name: "desktop", viewport: viewports.desktop, locale: "en-US", ...desktop },
  ] as const;
}

/**
 * Registers through the form, opens the link from the verification mail the SMTP server caught, and
 * waits until the dashboard shows `dashboard` (a test id): logged in.
 */
export async function registerAndVerify(
  page: Page,
  e: E2e,
  account: {
    email: string;
    name: string;
    password?: string;
    dashboard: string;
    /** Runs with the form filled in, just before it is sent (a screenshot of it, say). */
    beforeSubmit?: () => Promise<void>;
  },
): Promise<void> {
  await page.goto(`${e.server.url}/register`);
  const register = page.getByTestId("register-form");
  await register.locator('[name="name"]').fill(account.name);
  await register.locator('[name="email"]').fill(account.email);
  await register.locator('[name="password"]').fill(account.password ?? "ein sicheres Passwort");
  await account.beforeSubmit?.();
  await register.locator('button[type="submit"]').click();
  await hidden(register);
  const verification = await e.mail.waitFor(account.email);
  await page.goto(`${e.server.url}/verify?token=${linkToken(verification, "/verify")}`);
  await visible(page.getByTestId(account.dashboard), 15_000);
}

/** The session token the page keeps, for asking the API what the server stored ("" when logged out). */
export async function tokenOf(page: Page): Promise<string> {
  const stored: unknown = await page.evaluate('localStorage.getItem("mitai-jinkendo_token")');
  return typeof stored === "string" ? stored : "";
}

/** The API as the page's signed-in user: `call(method, path, body)` answers the fetch `Response`. */
export async function apiAs(page: Page, e: E2e) {
  const headers = { "x-auth-token": await tokenOf(page), "content-type": "application/json" };
  return (method: string, path: string, body?: object) =>
    fetch(`${e.server.url}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
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
