import { beforeAll, describe, expect, it } from "vitest";
import { importJobs } from "../../db/schema.js";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { recoverInterruptedImports } from "./import.service.js";
import { importKit, testdata } from "./import.testkit.js";

/** The real OMRON connect export of shared/fixtures, copied into testdata (see its README). */
const realOmron = () => testdata("bpo2g_Your Requested OMRON Report from Jan 01 2025 to Jan 22 2025.csv");

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;

const { upload, job, settled, importFile, leftoverUploads } = importKit(() => t);

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t, { timeZone: "Europe/Berlin" });
  ben = await newProfile(t, { timeZone: "Europe/Berlin" });
});

async function readings(who: TestProfile) {
  return (await t.app.inject({ url: "/api/blood-pressure?limit=5000", headers: who.headers })).json();
}

describe("importing an OMRON connect export", () => {
  it("reads the real 9-column export, shows a preview, commits, and adds nothing the second time", async () => {
    const content = await realOmron();
    const { analysed, done } = await importFile(anna, "omron.csv", content);
    expect(analysed).toMatchObject({
      format: "omron_csv",
      formatLabel: "OMRON connect CSV",
      fileName: "omron.csv",
      counts: { new: 3, duplicate: 0, invalid: 0 },
      progress: { rows: 3, totalBytes: content.length, bytesRead: content.length },
      errors: [],
    });
    expect(analysed.kinds).toEqual([{ kind: "blood_pressure", new: 3, duplicate: 0 }]);
    expect(analysed).toMatchObject({ generic: null, needsMapping: false });
    expect(analysed.preview[0]).toEqual({
      kind: "blood_pressure",
      measuredAt: "2025-01-12T07:12:00.000Z",
      date: "2025-01-12",
      systolic: 114,
      diastolic: 74,
      pulse: 47,
      irregularHeartbeat: false,
      note: null,
      classification: "optimal",
    });
    expect(done).toMatchObject({ status: "done", counts: { new: 3, duplicate: 0, invalid: 0 } });
    const stored = await readings(anna);
    expect(stored).toHaveLength(3);
    expect(stored.every((r: { source: string }) => r.source === "omron")).toBe(true);

    const again = await importFile(anna, "omron.csv", content);
    expect(again.analysed.counts).toEqual({ new: 0, duplicate: 3, invalid: 0 });
    expect(again.done.counts).toEqual({ new: 0, duplicate: 3, invalid: 0 });
    expect(await readings(anna)).toHaveLength(3);
    expect(await leftoverUploads()).toEqual([]);
  });

  it("reads the German export with BOM and semicolons, reporting broken rows by line and skipping them", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const { analysed, done } = await importFile(p, "omron-de.csv", await testdata("omron-de.csv"));
    expect(analysed.counts).toEqual({ new: 3, duplicate: 0, invalid: 3 });
    expect(analysed.errors).toEqual([
      { row: 4, reason: 'systolic "abc" is not a whole number' },
      { row: 5, reason: "diastolic must be below systolic" },
      { row: 6, reason: 'date "31.02.2025 08:00" is not a date and time' },
    ]);
    expect(done.counts).toEqual({ new: 3, duplicate: 0, invalid: 3 });
    const stored = await readings(p);
    expect(
      stored.map((r: { systolic: number; note: string | null; pulse: number | null }) => [
        r.systolic,
        r.pulse,
        r.note,
      ]),
    ).toEqual([
      [142, null, "Kopfschmerzen"],
      [135, 70, null],
      [128, 66, "nach dem Aufstehen"],
    ]);
    expect(stored[0].classification).toBe("grade_1");
  });

  it("reads the 16-column layout with its irregular-heartbeat flag", async () => {
    const p = await newProfile(t, { timeZone: "America/New_York" });
    await importFile(p, "omron-16col.csv", await testdata("omron-16col.csv"));
    const stored = await readings(p);
    expect(stored).toMatchObject([
      { measuredAt: "2023-12-31T10:28:00.000Z", systolic: 151, irregularHeartbeat: true, note: null },
      {
        measuredAt: "2023-12-31T02:40:00.000Z",
        systolic: 118,
        irregularHeartbeat: false,
        note: "evening walk",
      },
    ]);
  });

  it("reads the quoted 2021 layout with AM/PM times and stops before an appended table", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const { analysed } = await importFile(p, "omron-2021.csv", await testdata("omron-2021-sections.csv"));
    expect(analysed.counts).toEqual({ new: 2, duplicate: 0, invalid: 0 });
    expect((await readings(p)).map((r: { measuredAt: string }) => r.measuredAt)).toEqual([
      "2021-10-13T10:01:00.000Z",
      "2021-10-12T06:05:00.000Z",
    ]);
  });

  it("reads a Windows-1252 file", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    await importFile(p, "omron-alt.csv", await testdata("omron-cp1252.csv"));
    expect((await readings(p))[0].note).toBe("Müde, Kaffee getrunken");
  });
});

describe("files that cannot be imported", () => {
  it("counts a reading that stands twice in the file once, as new, and the second time as a duplicate", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const csv = [
      "Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes",
      "Jan 12 2025,08:12,121,79,60,-,-,Off,-",
      "Jan 11 2025,08:05,118,77,58,-,-,Off,-",
      "Jan 12 2025,08:12,121,79,60,-,-,Off,-",
    ].join("\n");
    const { analysed, done } = await importFile(p, "twice.csv", Buffer.from(csv));
    expect(analysed.counts).toEqual({ new: 2, duplicate: 1, invalid: 0 });
    expect(done.counts).toEqual({ new: 2, duplicate: 1, invalid: 0 });
    expect(await readings(p)).toHaveLength(2);
  });

  it("stores notes exactly, however they are written, and adds only the readings not stored yet", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const header = "Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes";
    const first = [header, "Jan 11 2025,08:05,118,77,58,-,-,Off,-"].join("\n");
    expect((await importFile(p, "first.csv", Buffer.from(first))).done.counts.new).toBe(1);
    // A reading typed in at an instant the file has too is the user's own: both stay.
    const typed = await t.app.inject({
      method: "POST",
      url: "/api/blood-pressure",
      headers: p.headers,
      payload: { measuredAt: "2025-01-12T08:12:00+01:00", systolic: 122, diastolic: 80 },
    });
    expect(typed.statusCode).toBe(201);
    const notes = ["back\\slash \\N", "tab\there", "two\nlines", 'Übelkeit ☕, "quoted"'];
    const csv = [
      header,
      `Jan 12 2025,08:12,121,79,60,-,-,Off,"${notes[0]}"`,
      `Jan 12 2025,18:40,131,85,66,-,-,Off,"${notes[1]}"`,
      `Jan 13 2025,07:55,125,81,61,-,-,Off,"${notes[2]}"`,
      `Jan 14 2025,07:50,119,78,59,-,-,Off,"${notes[3]?.replaceAll('"', '""')}"`,
      "Jan 11 2025,08:05,118,77,58,-,-,Off,-",
    ].join("\n");
    const { analysed, done } = await importFile(p, "second.csv", Buffer.from(csv));
    expect(analysed.counts).toEqual({ new: 4, duplicate: 1, invalid: 0 });
    expect(done.counts).toEqual({ new: 4, duplicate: 1, invalid: 0 });
    const stored = await readings(p);
    expect(stored).toHaveLength(6);
    const imported = stored.filter((r: { source: string }) => r.source === "omron");
    expect(imported.map((r: { note: string | null }) => r.note).sort()).toEqual([...notes, null].sort());
    expect(new Set(stored.map((r: { id: string }) => r.id)).size).toBe(6);
  });

  it("commits two imports of one file at the same time once: the second finds the first's readings", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const content = await realOmron();
    const ids: string[] = [];
    for (const name of ["a.csv", "b.csv"]) {
      const res = await upload(p, name, content);
      const ready = await settled(p, res.json().id);
      expect(ready.counts.new).toBe(3);
      ids.push(ready.id);
    }
    const commits = await Promise.all(
      ids.map((id) => t.app.inject({ method: "POST", url: `/api/import/${id}/commit`, headers: p.headers })),
    );
    expect(commits.map((c) => c.statusCode)).toEqual([202, 202]);
    const done = await Promise.all(ids.map((id) => settled(p, id)));
    expect(done.map((d) => d.status)).toEqual(["done", "done"]);
    expect(done.map((d) => d.counts.new).sort()).toEqual([0, 3]);
    expect(done.map((d) => d.counts.duplicate).sort()).toEqual([0, 3]);
    expect(await readings(p)).toHaveLength(3);
  });

  it("refuses a JPEG at once with 415, keeping no file", async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    const res = await upload(anna, "photo.csv", jpeg);
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({
      detail: "This is a JPEG image, not a CSV export that can be imported",
      code: "unsupported_file",
    });
    expect(await leftoverUploads()).toEqual([]);
  });

  it("refuses an empty file with 422", async () => {
    const res = await upload(anna, "empty.csv", Buffer.alloc(0));
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("empty_file");
  });

  it("fails a text file that is no table with a message saying what was found", async () => {
    const res = await upload(anna, "notes.csv", Buffer.from("Dear diary\nToday I walked a lot\n"));
    expect(res.statusCode).toBe(202);
    const j = await settled(anna, res.json().id);
    expect(j).toMatchObject({
      status: "failed",
      error: 'Not a known export: its first line reads "Dear diary"',
    });
    const commit = await t.app.inject({
      method: "POST",
      url: `/api/import/${j.id}/commit`,
      headers: anna.headers,
    });
    expect(commit.statusCode).toBe(409);
    expect(await leftoverUploads()).toEqual([]);
  });

  it("refuses an unknown requested format and a request without a file", async () => {
    const res = await upload(anna, "x.csv", Buffer.from("a,b\n1,2\n"), { format: "excel" });
    expect(res.statusCode).toBe(422);
    const json = await t.app.inject({
      method: "POST",
      url: "/api/import",
      headers: anna.headers,
      payload: { file: "x" },
    });
    expect(json.statusCode).toBe(415);
  });
});

describe("cancel and ownership", () => {
  it("cancels a ready import; it can then not be committed and stores nothing", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const res = await upload(p, "omron.csv", await realOmron());
    const ready = await settled(p, res.json().id);
    expect(ready.status).toBe("ready");
    const del = await t.app.inject({ method: "DELETE", url: `/api/import/${ready.id}`, headers: p.headers });
    expect(del.statusCode).toBe(204);
    expect((await job(p, ready.id)).status).toBe("cancelled");
    const commit = await t.app.inject({
      method: "POST",
      url: `/api/import/${ready.id}/commit`,
      headers: p.headers,
    });
    expect(commit.statusCode).toBe(409);
    const again = await t.app.inject({
      method: "DELETE",
      url: `/api/import/${ready.id}`,
      headers: p.headers,
    });
    expect(again.statusCode).toBe(409);
    expect(await readings(p)).toEqual([]);
    expect(await leftoverUploads()).toEqual([]);
  });

  it("shows another profile's imports as not existing", async () => {
    const res = await upload(anna, "omron.csv", await realOmron());
    const id = res.json().id;
    await settled(anna, id);
    expect((await t.app.inject({ url: `/api/import/${id}`, headers: ben.headers })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: "POST", url: `/api/import/${id}/commit`, headers: ben.headers }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/import/${id}`, headers: ben.headers })).statusCode,
    ).toBe(404);
    const list = await t.app.inject({ url: "/api/import", headers: ben.headers });
    expect(list.json()).toEqual([]);
    const mine = await t.app.inject({ url: "/api/import", headers: anna.headers });
    expect(mine.json().map((j: { id: string }) => j.id)).toContain(id);
  });

  it("fails jobs a stopped server left running", async () => {
    const rows = await t.db
      .insert(importJobs)
      .values({ profileId: anna.profile.id, status: "committing", fileName: "x.csv", format: "omron_csv" })
      .returning();
    const stuck = rows[0];
    await recoverInterruptedImports({
      db: t.db,
      dbKind: "pglite",
      dataDir: t.config.dataDir,
      log: t.app.log,
    });
    expect(await job(anna, stuck?.id ?? "")).toMatchObject({
      status: "failed",
      error: "Interrupted by a server restart; nothing was imported",
    });
  });
});
