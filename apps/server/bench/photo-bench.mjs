// `npm run bench`, third part: progress photos. A generated 12-megapixel JPEG (4000×3000, with
// EXIF) from upload to stored thumbnail — time and the server's peak RSS — then 20 uploads of it in
// parallel. Targets: under 1.5 s alone; all 20 succeed; peak RSS growth under 300 MB.
import { openAsBlob } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { memory, resetPeak, startServer } from "./support.mjs";

const TARGET = { aloneS: 1.5, parallel: 20, rssGrowthMb: 300 };
const log = (...a) => console.log(...a);
const verdict = (ok) => (ok ? "PASS" : "MISS");

/** A 12 MP photo-like JPEG: smooth gradients and noise (compresses like a photo, ~3–5 MB), with EXIF. */
async function generate(file) {
  const width = 4000;
  const height = 3000;
  const noise = await sharp({
    create: { width, height, channels: 3, noise: { type: "gaussian", mean: 128, sigma: 40 } },
  })
    .blur(1.2)
    .raw()
    .toBuffer();
  await sharp(noise, { raw: { width, height, channels: 3 } })
    .modulate({ saturation: 1.4 })
    .withExif({
      IFD0: { Make: "Bench", Model: "Camera 12MP" },
      IFD2: { DateTimeOriginal: "2025:05:21 07:30:00" },
    })
    .jpeg({ quality: 90 })
    .toFile(file);
}

async function upload(url, auth, file) {
  const form = new FormData();
  form.append("pose", "front");
  form.append("file", await openAsBlob(file, { type: "image/jpeg" }), "photo.jpg");
  const t0 = performance.now();
  const res = await fetch(`${url}/api/photos`, { method: "POST", headers: auth, body: form });
  const body = await res.json();
  if (res.status !== 201)
    return { ok: false, status: res.status, seconds: (performance.now() - t0) / 1000, body };
  // "To stored thumbnail": the thumbnail answers through its signed URL.
  const thumb = await fetch(new URL(body.urls.thumb, url));
  await thumb.arrayBuffer();
  return { ok: thumb.ok, status: res.status, seconds: (performance.now() - t0) / 1000 };
}

const dir = await mkdtemp(path.join(os.tmpdir(), "mitai-photo-bench-"));
const file = path.join(dir, "12mp.jpg");
await generate(file);
const { size } = await stat(file);
const { url, child, auth } = await startServer({ DATA_DIR: path.join(dir, "data") });
try {
  await new Promise((r) => setTimeout(r, 1000));
  const pid = child.pid;
  // Warm-up (sharp's first use loads libvips), not counted.
  await upload(url, auth, file);
  const idle = memory(pid).rssMb;
  resetPeak(pid);
  const alone = [];
  for (let i = 0; i < 3; i++) alone.push(await upload(url, auth, file));
  const aloneBest = Math.min(...alone.map((r) => r.seconds));
  const aloneWorst = Math.max(...alone.map((r) => r.seconds));
  const alonePeak = memory(pid).peakMb - idle;

  const before = memory(pid).rssMb;
  resetPeak(pid);
  const t0 = performance.now();
  const parallel = await Promise.all(Array.from({ length: TARGET.parallel }, () => upload(url, auth, file)));
  const wall = (performance.now() - t0) / 1000;
  const ok = parallel.filter((r) => r.ok).length;
  const growth = memory(pid).peakMb - before;

  log(
    `\n=== photos: 12 MP JPEG (${(size / 1e6).toFixed(1)} MB, 4000×3000) upload → stored thumbnail (targets: alone < ${TARGET.aloneS} s; ${TARGET.parallel} in parallel all succeed; peak RSS growth < ${TARGET.rssGrowthMb} MB) ===`,
  );
  log(
    `alone: ${aloneBest.toFixed(2)} s best, ${aloneWorst.toFixed(2)} s worst of 3; peak RSS growth ${alonePeak.toFixed(0)} MB  ${verdict(aloneWorst < TARGET.aloneS)}`,
  );
  log(
    `${TARGET.parallel} in parallel: ${ok}/${TARGET.parallel} succeeded in ${wall.toFixed(2)} s (slowest ${Math.max(...parallel.map((r) => r.seconds)).toFixed(2)} s); peak RSS growth ${growth.toFixed(0)} MB over ${before.toFixed(0)} MB  ${verdict(ok === TARGET.parallel && growth < TARGET.rssGrowthMb)}`,
  );
  if (ok !== TARGET.parallel)
    log(
      "failures:",
      parallel.filter((r) => !r.ok).map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 120)}`),
    );
} finally {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  await rm(dir, { recursive: true, force: true });
}
