import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { z } from "zod";
import { sqlRows, type TestApp, type TestProfile } from "../../test/helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const testdata = (name: string) => readFile(path.join(here, "testdata", name));

/** Upload, poll and commit helpers for the import tests, bound to one test app. */
export function importKit(current: () => TestApp) {
  function multipart(fileName: string, content: Buffer, fields: Record<string, string> = {}) {
    const boundary = `----mitai${Math.random().toString(16).slice(2)}`;
    const parts: Buffer[] = [];
    for (const [name, value] of Object.entries(fields)) {
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
      );
    }
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    return {
      payload: Buffer.concat(parts),
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    };
  }

  async function upload(
    who: TestProfile,
    fileName: string,
    content: Buffer,
    fields: Record<string, string> = {},
  ) {
    const body = multipart(fileName, content, fields);
    return current().app.inject({
      method: "POST",
      url: "/api/import",
      headers: { ...who.headers, ...body.headers },
      payload: body.payload,
    });
  }

  async function job(who: TestProfile, id: string) {
    return (await current().app.inject({ url: `/api/import/${id}`, headers: who.headers })).json();
  }

  /** Polls until the job has left `analyzing`/`committing`. */
  async function settled(who: TestProfile, id: string) {
    for (let i = 0; i < 200; i++) {
      const j = await job(who, id);
      if (j.status !== "analyzing" && j.status !== "committing") return j;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`import ${id} did not settle`);
  }

  async function importFile(who: TestProfile, fileName: string, content: Buffer) {
    const res = await upload(who, fileName, content);
    expect(res.statusCode).toBe(202);
    const analysed = await settled(who, res.json().id);
    expect(analysed.status).toBe("ready");
    const commit = await current().app.inject({
      method: "POST",
      url: `/api/import/${analysed.id}/commit`,
      headers: who.headers,
    });
    expect(commit.statusCode).toBe(202);
    return { analysed, done: await settled(who, analysed.id) };
  }

  async function leftoverUploads() {
    return (await readdir(path.join(current().config.dataDir, "imports")).catch(() => [])).filter((f) =>
      f.endsWith(".upload"),
    );
  }

  return { multipart, upload, job, settled, importFile, leftoverUploads };
}

const storedSession = z.object({
  date: z.string(),
  start_time: z.string().nullable(),
  name: z.string(),
  name_key: z.string(),
  type: z.string().nullable(),
  duration_min: z.number(),
  kcal_active: z.number().nullable(),
  hr_avg: z.number().nullable(),
  hr_max: z.number().nullable(),
  distance_km: z.number().nullable(),
  source: z.string(),
  external_id: z.string().nullable(),
});

/** A profile's stored sessions in start order, with their training type's key. */
export function storedSessions(t: TestApp, who: TestProfile) {
  return sqlRows(
    t.db,
    sql`
      select a.date::text as date, a.start_time, a.name, a.name_key, tt.key as type, a.duration_min,
             a.kcal_active, a.hr_avg, a.hr_max, a.distance_km, a.source, a.external_id
      from activity_log a left join training_types tt on tt.id = a.training_type_id
      where a.profile_id = ${who.profile.id}
      order by a.external_id, a.date, a.start_time`,
    storedSession,
  );
}

const storedDay = z.object({
  date: z.string(),
  source: z.string(),
  kcal: z.number(),
  proteinG: z.number(),
  fatG: z.number(),
  carbsG: z.number(),
  fiberG: z.number().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});

/** A profile's nutrition entries as stored (read from the table itself), by day and source. */
export function storedNutrition(t: TestApp, who: TestProfile) {
  return sqlRows(
    t.db,
    sql`
      select date::text as date, source, kcal, protein_g as "proteinG", fat_g as "fatG",
             carbs_g as "carbsG", fiber_g as "fiberG", note, updated_at::text as "updatedAt"
      from nutrition_log where profile_id = ${who.profile.id}
      order by date, source`,
    storedDay,
  );
}
