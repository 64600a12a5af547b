import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp } from "../../test/helpers.js";

/**
 * A 50 MB file through the whole pipeline in this process, with the garbage collector run while it
 * goes: the memory that stays alive must not grow with the file. (RSS is no measure here: V8 lets
 * its heap grow with the rate of allocation and gives it back later.)
 */
setFlagsFromString("--expose-gc");
const gc: () => void = runInNewContext("gc");

const MB = 1024 * 1024;
let t: TestApp;
let dir: string;

beforeAll(async () => {
  t = await buildTestApp();
  dir = await mkdtemp(path.join(tmpdir(), "mitai-stream-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An OMRON-style file of about `bytes`, one reading a minute, each with a long note. */
async function writeFile(file: string, bytes: number): Promise<number> {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r()));
  await write("Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes\n");
  const note = "measured sitting after five minutes of rest, left arm, cuff at heart height, feet flat";
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  let written = 0;
  let rows = 0;
  for (let at = Date.UTC(2015, 0, 1); written < bytes; at += 60_000) {
    const d = new Date(at);
    const time = `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
    const line = `${months[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()},${time},${110 + (rows % 40)},${70 + (rows % 20)},${55 + (rows % 30)},-,-,Off,"${note} #${rows}"\n`;
    await write(line);
    written += line.length;
    rows++;
  }
  await new Promise<void>((r) => out.end(() => r()));
  return rows;
}

/** What is alive after a full collection: the JS heap and the buffers outside it. */
function liveMb(): number {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / MB;
}

describe("a 50 MB file", () => {
  it("streams: the upload goes to disk as it comes, progress moves through the file, live memory stays flat", async () => {
    const who = await newProfile(t, { timeZone: "UTC" });
    const file = path.join(dir, "big.csv");
    const rows = await writeFile(file, 50 * MB);
    const size = (await stat(file)).size;
    const boundary = "----mitaistream";
    async function* body() {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      );
      for await (const chunk of createReadStream(file, { highWaterMark: MB })) yield chunk;
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const before = liveMb();
    let peak = before;
    const res = await t.app.inject({
      method: "POST",
      url: "/api/import",
      headers: { ...who.headers, "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: Readable.from(body()),
    });
    expect(res.statusCode).toBe(202);
    const id: string = res.json().id;
    const seen: number[] = [];
    let job = res.json();
    for (let i = 0; i < 3000; i++) {
      job = (await t.app.inject({ url: `/api/import/${id}`, headers: who.headers })).json();
      peak = Math.max(peak, liveMb());
      if (job.status !== "analyzing") break;
      seen.push(job.progress.bytesRead);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toMatchObject({
      status: "ready",
      counts: { new: rows },
      progress: { totalBytes: size, bytesRead: size },
    });
    // Read a piece at a time: the progress stood inside the file, in both halves, while it was read.
    expect(seen.some((b) => b > 0 && b < size / 2)).toBe(true);
    expect(seen.some((b) => b >= size / 2 && b < size)).toBe(true);
    // The file (50 MB as bytes, 100 MB as text) never was in memory. What is alive meanwhile (~21 MB
    // measured) is the set of the file's 400,000 keys (9 MB; twice that while it grows) and the
    // batch being stored with the next one read ahead.
    expect(peak - before).toBeLessThan(40);
    await t.app.inject({ method: "DELETE", url: `/api/import/${id}`, headers: who.headers });
  }, 240_000);
});
