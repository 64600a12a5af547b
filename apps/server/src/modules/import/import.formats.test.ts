import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { importKit, testdata } from "./import.testkit.js";

let t: TestApp;
const { upload, settled, importFile, leftoverUploads } = importKit(() => t);

beforeAll(async () => {
  t = await buildTestApp();
});

async function list(who: TestProfile, url: string) {
  const res = await t.app.inject({ url, headers: who.headers });
  expect(res.statusCode).toBe(200);
  return res.json();
}

const vitals = (who: TestProfile) => list(who, "/api/vitals/baseline?limit=500");
const nights = (who: TestProfile) => list(who, "/api/sleep?limit=500");
const readings = (who: TestProfile) => list(who, "/api/blood-pressure?limit=500");

describe("Health Auto Export (Apple Health) CSV", () => {
  it("turns one English daily file into vitals, readings and durations-only nights, once", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const content = await testdata("HealthAutoExport-2025-03-01-2025-03-07.csv");
    const { analysed, done } = await importFile(p, "HealthAutoExport.csv", content);
    expect(analysed).toMatchObject({
      format: "health_auto_export",
      formatLabel: "Health Auto Export CSV (Apple Health)",
      // 7 days; 4 March has only steps and energy, so 6 rows hold something; 5 March's resting HR 412 is out of range
      progress: { rows: 6 },
      counts: { new: 6 + 2 + 5, duplicate: 0, invalid: 1 },
      errors: [{ row: 6, reason: "restingHr must be at most 220 bpm" }],
    });
    expect(analysed.kinds).toEqual([
      { kind: "blood_pressure", new: 2, duplicate: 0 },
      { kind: "vitals", new: 6, duplicate: 0 },
      { kind: "sleep", new: 5, duplicate: 0 },
    ]);
    expect(analysed.preview.find((r: { kind: string }) => r.kind === "sleep")).toEqual({
      kind: "sleep",
      date: "2025-03-01",
      bedtime: null,
      wakeTime: null,
      // in bed 7.7 h; core 4.1 h, deep 1.0333 h, REM 2.15 h, awake 0.3167 h
      durationMin: 462,
      lightMin: 246,
      deepMin: 62,
      remMin: 129,
      awakeMin: 19,
      quality: null,
      note: null,
    });
    expect(done).toMatchObject({ status: "done", counts: { new: 13, duplicate: 0, invalid: 1 } });

    const days = await vitals(p);
    expect(days).toHaveLength(6);
    const first = days.find((d: { date: string }) => d.date === "2025-03-01");
    expect(first).toMatchObject({
      restingHr: 54,
      hrv: 52.4,
      spo2: 97.2,
      respiratoryRate: 14.6,
      vo2Max: 46.2,
    });
    // The row with the impossible resting HR still gives its other values.
    expect(days.find((d: { date: string }) => d.date === "2025-03-05")).toMatchObject({
      restingHr: null,
      hrv: 49.3,
    });
    expect(await readings(p)).toMatchObject([
      { date: "2025-03-05", systolic: 135, diastolic: 88, classification: "high_normal" },
      { date: "2025-03-02", systolic: 128, diastolic: 82, classification: "normal" },
    ]);
    const stored = await nights(p);
    expect(stored).toHaveLength(5);
    expect(stored[0]).toMatchObject({ date: "2025-03-06", bedtime: null, durationMin: 450 });

    const again = await importFile(p, "HealthAutoExport.csv", content);
    expect(again.analysed.counts).toEqual({ new: 0, duplicate: 13, invalid: 1 });
    expect(again.done.counts.new).toBe(0);
    expect(await vitals(p)).toHaveLength(6);
    expect(await leftoverUploads()).toEqual([]);
  });

  it("reads German headers with BOM, semicolons, decimal commas and SpO2 as a fraction", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const content = await testdata("HealthAutoExport-de-2025-04-10-2025-04-12.csv");
    const { analysed } = await importFile(p, "HealthAutoExport-de.csv", content);
    expect(analysed).toMatchObject({
      format: "health_auto_export",
      counts: { new: 3 + 1 + 3, duplicate: 0, invalid: 0 },
    });
    expect(await vitals(p)).toContainEqual(
      expect.objectContaining({ date: "2025-04-11", restingHr: 57, hrv: 49.1, spo2: 96.5, vo2Max: 41.9 }),
    );
    expect(await readings(p)).toMatchObject([{ systolic: 121, diastolic: 79, date: "2025-04-11" }]);
    expect(await nights(p)).toContainEqual(
      expect.objectContaining({
        date: "2025-04-10",
        durationMin: 435,
        deepMin: 60,
        remMin: 117,
        awakeMin: 30,
      }),
    );
  });

  it("reads the older layout with a `Date` column and US dates, sleep without stages", async () => {
    const p = await newProfile(t, { timeZone: "America/New_York" });
    const { analysed } = await importFile(
      p,
      "old.csv",
      await testdata("HealthAutoExport-2024-01-14-2024-01-15.csv"),
    );
    expect(analysed.kinds).toEqual([
      { kind: "vitals", new: 2, duplicate: 0 },
      { kind: "sleep", new: 2, duplicate: 0 },
    ]);
    const [night] = await nights(p);
    expect(night).toMatchObject({ date: "2024-01-15", durationMin: 456, deepMin: null, lightMin: null });

    // A night without its clock: its phases and quality can be edited, its times only both at once.
    const put = (payload: object) =>
      t.app.inject({ method: "PUT", url: `/api/sleep/${night.id}`, headers: p.headers, payload });
    const rated = await put({ quality: 4, deepMin: 60 });
    expect(rated.statusCode).toBe(200);
    expect(rated.json()).toMatchObject({ bedtime: null, wakeTime: null, durationMin: 456, quality: 4 });
    const tooMuch = await put({ lightMin: 400 });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().detail).toContain("exceed the time in bed (456 min)");
    const half = await put({ bedtime: "2024-01-14T23:00:00-05:00" });
    expect(half.statusCode).toBe(422);
    expect(half.json().errors).toEqual([{ path: "wakeTime", message: "is needed with the other time" }]);
    const clocked = await put({
      bedtime: "2024-01-14T23:00:00-05:00",
      wakeTime: "2024-01-15T06:30:00-05:00",
    });
    expect(clocked.json()).toMatchObject({ date: "2024-01-15", durationMin: 450, quality: 4 });
    const stats = await t.app.inject({ url: "/api/sleep/stats", headers: p.headers });
    expect(stats.statusCode).toBe(200);
  });

  it("takes a night's clock from start and end columns where the file has them", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const csv = [
      "Date/Time,Sleep Analysis [In Bed] (hr),Sleep Analysis [Deep] (hr),Sleep Analysis [In Bed Start],Sleep Analysis [In Bed End]",
      "2025-06-02 00:00:00,7.5,1.25,2025-06-01 23:00:00,2025-06-02 06:30:00",
    ].join("\n");
    await importFile(p, "with-clock.csv", Buffer.from(csv));
    expect(await nights(p)).toMatchObject([
      {
        date: "2025-06-02",
        bedtime: "2025-06-01T21:00:00.000Z",
        wakeTime: "2025-06-02T04:30:00.000Z",
        durationMin: 450,
        deepMin: 75,
      },
    ]);
  });

  it("refuses a Health Auto Export file without vitals, blood pressure, sleep or nutrition, naming what it has", async () => {
    const p = await newProfile(t);
    const res = await upload(
      p,
      "steps.csv",
      Buffer.from("Date/Time,Step Count (count),Active Energy (kJ)\n2025-01-01 00:00:00,4000,1200\n"),
    );
    const j = await settled(p, res.json().id);
    expect(j).toMatchObject({
      status: "failed",
      error:
        "This Health Auto Export file holds no vitals, blood pressure, sleep or nutrition (dietary energy) columns (it has: Step Count (count), Active Energy (kJ))",
    });
  });
});

async function putMapping(who: TestProfile, id: string, body: object) {
  return t.app.inject({
    method: "PUT",
    url: `/api/import/${id}/mapping`,
    headers: who.headers,
    payload: body,
  });
}

const germanBp = [
  "Datum;Uhrzeit;SYS;DIA;Puls;Bemerkung",
  "03.02.2025;07:15;132;84;66;nach dem Aufstehen",
  "03.02.2025;21:40;124;79;;",
  "04.02.2025;07:05;abc;80;70;",
  "05.02.2025;07:20;141;91;72;",
].join("\r\n");
const bpMapping = {
  kind: "blood_pressure",
  fields: {
    date: "Datum",
    time: "Uhrzeit",
    systolic: "SYS",
    diastolic: "DIA",
    pulse: "Puls",
    note: "Bemerkung",
  },
};

describe("a generic CSV with the user's column mapping", () => {
  it("asks for a mapping, reads the file with it, imports, and recognizes the next file by its headers", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const res = await upload(p, "blutdruck.csv", Buffer.from(germanBp));
    const waiting = await settled(p, res.json().id);
    expect(waiting).toMatchObject({
      status: "ready",
      format: "generic_csv",
      needsMapping: true,
      counts: { new: 0, duplicate: 0, invalid: 0 },
      generic: {
        headers: ["Datum", "Uhrzeit", "SYS", "DIA", "Puls", "Bemerkung"],
        mapping: null,
      },
    });
    expect(waiting.generic.sample).toHaveLength(4);
    expect(waiting.generic.sample[0]).toEqual([
      "03.02.2025",
      "07:15",
      "132",
      "84",
      "66",
      "nach dem Aufstehen",
    ]);
    const early = await t.app.inject({
      method: "POST",
      url: `/api/import/${waiting.id}/commit`,
      headers: p.headers,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe("mapping_required");

    const mapped = await putMapping(p, waiting.id, bpMapping);
    expect(mapped.statusCode).toBe(202);
    const analysed = await settled(p, waiting.id);
    expect(analysed).toMatchObject({
      status: "ready",
      needsMapping: false,
      counts: { new: 3, duplicate: 0, invalid: 1 },
      errors: [{ row: 4, reason: 'systolic "abc" is not a whole number' }],
      generic: { mapping: { kind: "blood_pressure", dateOrder: "mdy" } },
    });
    expect(analysed.preview[0]).toMatchObject({
      kind: "blood_pressure",
      measuredAt: "2025-02-03T06:15:00.000Z",
      note: "nach dem Aufstehen",
    });
    const commit = await t.app.inject({
      method: "POST",
      url: `/api/import/${waiting.id}/commit`,
      headers: p.headers,
    });
    expect(commit.statusCode).toBe(202);
    expect(await settled(p, waiting.id)).toMatchObject({ status: "done", counts: { new: 3 } });
    const stored = await readings(p);
    expect(stored).toHaveLength(3);
    expect(stored[0]).toMatchObject({ source: "csv", systolic: 141, classification: "grade_1" });

    // The same headers again: the remembered mapping applies at once, and nothing is new.
    const next = await upload(p, "blutdruck-2.csv", Buffer.from(germanBp));
    const recognized = await settled(p, next.json().id);
    expect(recognized).toMatchObject({
      status: "ready",
      format: "generic_csv",
      needsMapping: false,
      counts: { new: 0, duplicate: 3, invalid: 1 },
    });
    const saved = await list(p, "/api/import/mappings");
    expect(saved).toMatchObject([
      { kind: "blood_pressure", headers: ["Datum", "Uhrzeit", "SYS", "DIA", "Puls", "Bemerkung"] },
    ]);
    await t.app.inject({ method: "DELETE", url: `/api/import/${recognized.id}`, headers: p.headers });
    expect(await leftoverUploads()).toEqual([]);

    // Forgotten: the next file asks again.
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/import/mappings/${saved[0].id}`,
      headers: p.headers,
    });
    expect(del.statusCode).toBe(204);
    const third = await settled(p, (await upload(p, "b3.csv", Buffer.from(germanBp))).json().id);
    expect(third.needsMapping).toBe(true);
    await t.app.inject({ method: "DELETE", url: `/api/import/${third.id}`, headers: p.headers });
  });

  it("refuses a mapping that misses a required field or names a column the file lacks, changing nothing", async () => {
    const p = await newProfile(t);
    const waiting = await settled(p, (await upload(p, "bp.csv", Buffer.from(germanBp))).json().id);
    const missing = await putMapping(p, waiting.id, {
      kind: "blood_pressure",
      fields: { date: "Datum", systolic: "SYS" },
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toContainEqual({
      path: "fields.diastolic",
      message: "is required for this kind",
    });
    const wrong = await putMapping(p, waiting.id, {
      ...bpMapping,
      fields: { ...bpMapping.fields, pulse: "HR" },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().detail).toContain('"HR" is not a column of this file');
    const unknownKind = await putMapping(p, waiting.id, { kind: "weight", fields: {} });
    expect(unknownKind.statusCode).toBe(422);
    expect(await settled(p, waiting.id)).toMatchObject({ status: "ready", needsMapping: true });
    expect(await list(p, "/api/import/mappings")).toEqual([]);
    await t.app.inject({ method: "DELETE", url: `/api/import/${waiting.id}`, headers: p.headers });
  });

  it("maps vitals with day-first slash dates, without remembering when told not to", async () => {
    const p = await newProfile(t, { timeZone: "Europe/London" });
    const csv =
      "Day,Resting pulse,HRV (ms),Comment\n03/04/2025,52,61.5,\n04/04/2025,54,,felt tired\n05/04/2025,,,\n";
    const waiting = await settled(p, (await upload(p, "morning.csv", Buffer.from(csv))).json().id);
    const res = await putMapping(p, waiting.id, {
      kind: "vitals",
      fields: { date: "Day", restingHr: "Resting pulse", hrv: "HRV (ms)", note: "Comment" },
      dateOrder: "dmy",
      remember: false,
    });
    expect(res.statusCode).toBe(202);
    const analysed = await settled(p, waiting.id);
    expect(analysed.counts).toEqual({ new: 2, duplicate: 0, invalid: 0 });
    await t.app.inject({ method: "POST", url: `/api/import/${waiting.id}/commit`, headers: p.headers });
    await settled(p, waiting.id);
    expect(await vitals(p)).toMatchObject([
      { date: "2025-04-04", restingHr: 54, hrv: null, note: "felt tired", source: "csv" },
      { date: "2025-04-03", restingHr: 52, hrv: 61.5 },
    ]);
    expect(await list(p, "/api/import/mappings")).toEqual([]);
  });

  it("maps nights from a wake-up date and clock times, the bedtime falling on the evening before", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const csv =
      "date,went to bed,woke up,quality,deep min\n2025-05-21,23:10,06:40,4,80\n2025-05-22,00:30,07:00,3,70\n";
    const waiting = await settled(p, (await upload(p, "sleep.csv", Buffer.from(csv))).json().id);
    await putMapping(p, waiting.id, {
      kind: "sleep",
      fields: {
        date: "date",
        bedtime: "went to bed",
        wakeTime: "woke up",
        quality: "quality",
        deepMin: "deep min",
      },
    });
    expect((await settled(p, waiting.id)).counts).toEqual({ new: 2, duplicate: 0, invalid: 0 });
    await t.app.inject({ method: "POST", url: `/api/import/${waiting.id}/commit`, headers: p.headers });
    await settled(p, waiting.id);
    expect(await nights(p)).toMatchObject([
      { date: "2025-05-22", bedtime: "2025-05-21T22:30:00.000Z", durationMin: 390, quality: 3 },
      {
        date: "2025-05-21",
        bedtime: "2025-05-20T21:10:00.000Z",
        wakeTime: "2025-05-21T04:40:00.000Z",
        deepMin: 80,
      },
    ]);
  });

  it("keeps another profile's imports and mappings out of reach", async () => {
    const owner = await newProfile(t);
    const other = await newProfile(t);
    const waiting = await settled(owner, (await upload(owner, "bp.csv", Buffer.from(germanBp))).json().id);
    expect((await putMapping(other, waiting.id, bpMapping)).statusCode).toBe(404);
    await putMapping(owner, waiting.id, bpMapping);
    await settled(owner, waiting.id);
    const [saved] = await list(owner, "/api/import/mappings");
    expect(await list(other, "/api/import/mappings")).toEqual([]);
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/import/mappings/${saved.id}`,
      headers: other.headers,
    });
    expect(del.statusCode).toBe(404);
    // A file of a known format cannot be given a mapping.
    const omron = await settled(
      owner,
      (await upload(owner, "o.csv", await testdata("omron-de.csv"))).json().id,
    );
    const refused = await putMapping(owner, omron.id, bpMapping);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("import_not_mappable");
    for (const id of [waiting.id, omron.id])
      await t.app.inject({ method: "DELETE", url: `/api/import/${id}`, headers: owner.headers });
  });
});
