import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { MAX_FIT_BYTES } from "./formats/fit/garmin-fit.js";
import { importKit, storedSessions, testdata } from "./import.testkit.js";

/* The real FIT files of shared/fixtures/garmin_fit, copied into testdata (see its README). */

const fit = (name: string) => testdata(`python-fitparse_${name}.fit`);

let t: TestApp;
let anna: TestProfile;
const { upload, job, settled, importFile, leftoverUploads } = importKit(() => t);

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t, { timeZone: "Europe/Berlin" });
});

/** python-fitparse's decoding of the run's records: time, heart rate, distance (m). */
async function runRecords() {
  const lines = (await testdata("python-fitparse_garmin-fenix-5-run-records.csv"))
    .toString()
    .trim()
    .split("\n");
  return lines.slice(1).map((line) => {
    const [time = "", hr = "", , , distance = ""] = line.split(",");
    return { at: new Date(time.replace("PDT", "GMT-0700")), hr: Number(hr), distance: Number(distance) };
  });
}

/** Uploads a file and waits for its analysis to end (ready or failed). */
async function analyse(who: TestProfile, name: string, content: Buffer) {
  const res = await upload(who, name, content);
  expect(res.statusCode).toBe(202);
  return settled(who, res.json().id);
}

describe("importing a FIT activity file", () => {
  it("reads the Fenix 5 run as python-fitparse decoded it, and adds nothing the second time", async () => {
    const content = await fit("garmin-fenix-5-run");
    const { analysed, done } = await importFile(anna, "run.fit", content);
    expect(analysed).toMatchObject({
      format: "garmin_fit",
      formatLabel: "FIT activity file (Garmin)",
      counts: { new: 1, duplicate: 0, invalid: 0 },
      kinds: [{ kind: "activity", new: 1, duplicate: 0 }],
      progress: { rows: 1, bytesRead: content.length, totalBytes: content.length },
      errors: [],
    });
    expect(analysed.preview).toEqual([
      expect.objectContaining({ kind: "activity", date: "2017-06-11", startTime: "16:34", name: "Running" }),
    ]);
    expect(done.counts).toEqual({ new: 1, duplicate: 0, invalid: 0 });

    const records = await runRecords();
    const first = records[0];
    const last = records.at(-1);
    const [session] = await storedSessions(t, anna);
    expect(session).toMatchObject({
      date: "2017-06-11",
      start_time: "16:34",
      name: "Running",
      type: "running",
      source: "garmin_fit",
      external_id: first?.at.toISOString(),
      kcal_active: 5,
      hr_avg: 90,
      hr_max: Math.max(...records.map((r) => r.hr)),
      // 56.9 s of timer time (the records span 57 s): kept as the log's shortest session.
      duration_min: 1,
    });
    expect(session?.hr_max).toBe(112);
    expect(session?.distance_km).toBeCloseTo((last?.distance ?? 0) / 1000, 4);
    expect(((last?.at.getTime() ?? 0) - (first?.at.getTime() ?? 0)) / 1000).toBe(57);

    const again = await importFile(anna, "run.fit", content);
    expect(again.analysed.counts).toEqual({ new: 0, duplicate: 1, invalid: 0 });
    expect(again.done.counts).toEqual({ new: 0, duplicate: 1, invalid: 0 });
    expect(await storedSessions(t, anna)).toHaveLength(1);
    expect(await leftoverUploads()).toEqual([]);
  });

  it("reads every real activity file: sport and sub-sport as the name, mapped to a type", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const files = [
      "activity-small-fenix2-run",
      "garmin-edge-820-bike",
      "garmin-fenix-5-bike",
      "garmin-fenix-5-walk",
      "2015-10-13-08-43-15",
      "Activity",
      "developer-types-sample",
    ];
    for (const name of files) {
      const { done } = await importFile(p, `${name}.fit`, await fit(name));
      expect(done.counts, name).toEqual({ new: 1, duplicate: 0, invalid: 0 });
    }
    const stored = await storedSessions(t, p);
    expect(
      stored.map((s) => [
        s.date,
        s.name,
        s.type,
        s.duration_min,
        s.distance_km,
        s.kcal_active,
        s.hr_avg,
        s.hr_max,
      ]),
    ).toEqual([
      ["2012-04-09", "Running", "running", 1, 0.0057, 0, null, null],
      ["2015-08-15", "Running", "running", 47.2, 9.0082, 516, null, null],
      ["2015-10-13", "Cycling", "cycling", 25.97, 11.5364, 418, null, null],
      ["2017-01-17", "Running", "running", 57.07, 6.754, 0, null, null],
      ["2017-06-11", "Walking", "walking", 1, 0.0678, 4, 75, 82],
      ["2017-06-12", "Cycling", "cycling", 1.01, 0.4595, 7, 101, 114],
      // No mapping for the sub-sport: the sport's own mapping gives the type.
      ["2017-06-12", "Cycling / Commuting", "cycling", 1.08, 0.4571, 8, 116, 121],
    ]);
  });

  it.each([
    ["WeightScaleSingleUser", "a weight scale file"],
    ["WeightScaleMultiUser", "a weight scale file"],
    ["MonitoringFile", "a monitoring (all-day tracking) file"],
    ["Settings", "a device settings file"],
  ])("refuses %s, saying what it is", async (name, what) => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const failed = await analyse(p, `${name}.fit`, await fit(name));
    expect(failed).toMatchObject({
      status: "failed",
      format: "garmin_fit",
      error: `This FIT file is ${what}, not an activity: only activities can be imported`,
    });
    expect(await storedSessions(t, p)).toEqual([]);
  });

  it.each([
    ["activity-unexpected-eof", "it ends unexpectedly at byte 768 (the file is incomplete)"],
    ["activity-settings-corruptheader", "its data stops being FIT at byte 771 (a broken file header)"],
  ])("fails on the damaged %s with a clear message", async (name, reason) => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const before = await leftoverUploads();
    const failed = await analyse(p, `${name}.fit`, await fit(name));
    expect(failed).toMatchObject({ status: "failed", error: `The FIT file is damaged: ${reason}` });
    expect(await storedSessions(t, p)).toEqual([]);
    expect(await leftoverUploads()).toEqual(before);
  });

  it("refuses a FIT file asked to be read as a CSV format", async () => {
    const failed = await analyse(anna, "run.fit", await fit("garmin-fenix-5-run"));
    expect(failed.status).toBe("ready");
    const res = await upload(anna, "run.fit", await fit("garmin-fenix-5-run"), { format: "omron_csv" });
    const wrong = await settled(anna, res.json().id);
    expect(wrong).toMatchObject({
      status: "failed",
      error: "The file is a FIT activity file (Garmin), not a OMRON connect CSV",
    });
  });

  it("refuses a FIT file over 50 MB at once, and a CSV asked to be read as FIT", async () => {
    const before = await leftoverUploads();
    const run = await fit("garmin-fenix-5-run");
    const huge = Buffer.alloc(MAX_FIT_BYTES + 1);
    run.copy(huge, 0, 0, 14);
    const res = await upload(anna, "huge.fit", huge);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: "payload_too_large",
      detail: "A FIT activity file (Garmin) can be at most 50 MB; this one is 50 MB",
    });
    expect(await leftoverUploads()).toEqual(before);

    const csv = Buffer.from("Date,Time,Systolic (mmHg),Diastolic (mmHg)\nJan 12 2025,08:12,121,79\n");
    const asFit = await upload(anna, "bp.csv", csv, { format: "garmin_fit" });
    expect(await settled(anna, asFit.json().id)).toMatchObject({
      status: "failed",
      error: "The file is not a FIT activity file (Garmin)",
    });
  });

  it("shows another profile's FIT import to no one else", async () => {
    const ben = await newProfile(t, { timeZone: "Europe/Berlin" });
    const analysed = await analyse(anna, "walk.fit", await fit("garmin-fenix-5-walk"));
    expect((await job(ben, analysed.id)).code).toBe("not_found");
    const commit = await t.app.inject({
      method: "POST",
      url: `/api/import/${analysed.id}/commit`,
      headers: ben.headers,
    });
    expect(commit.statusCode).toBe(404);
    expect(await storedSessions(t, ben)).toEqual([]);
  });
});
