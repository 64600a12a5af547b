// Renders the PNG icons in public/ from the app's mark (the drawing of favicon.svg).
// Run from the repository root: node apps/web/scripts/render-icons.mjs
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const publicDir = join(dirname(fileURLToPath(import.meta.url)), "..", "public");

const gradient = `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
  <stop offset="0" stop-color="#14b8a6"/><stop offset="1" stop-color="#0f766e"/></linearGradient></defs>`;
const pulse = (scale, offset) =>
  `<path transform="translate(${offset} ${offset}) scale(${scale})" d="M11 34h10l5-12 8 22 5-10h14" fill="none"
    stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`;

/** A rounded tile ("any" purpose), a full-bleed square with the mark in the safe zone ("maskable"),
 * and a full square for Apple (iOS rounds the corners itself). */
const variants = {
  rounded: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${gradient}
    <rect width="64" height="64" rx="14" fill="url(#g)"/>${pulse(1, 0)}</svg>`,
  square: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${gradient}
    <rect width="64" height="64" fill="url(#g)"/>${pulse(0.8, 6.4)}</svg>`,
  maskable: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${gradient}
    <rect width="64" height="64" fill="url(#g)"/>${pulse(0.62, 12.16)}</svg>`,
};

const outputs = [
  { file: "icon-192.png", size: 192, variant: "rounded" },
  { file: "icon-512.png", size: 512, variant: "rounded" },
  { file: "icon-maskable-512.png", size: 512, variant: "maskable" },
  { file: "apple-touch-icon.png", size: 180, variant: "square" },
  { file: "favicon-32.png", size: 32, variant: "rounded" },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  for (const { file, size, variant } of outputs) {
    await page.setViewportSize({ width: size, height: size });
    const svg = variants[variant].replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = await page.locator("svg").screenshot({ omitBackground: true });
    await writeFile(join(publicDir, file), png);
    console.log(`${file} ${size}×${size}`);
  }
} finally {
  await browser.close();
}
