import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { activityMappings } from "./activity.table.js";

const resolvedRows = z.object({
  rows: z.array(z.object({ name_key: z.string(), training_type_id: z.string() })),
});

/**
 * The training type each activity name maps to (keys as `activityNameKey` makes them): the
 * profile's own mapping where it has one, else the global one; names without either are absent.
 * One query for any number of names (an import asks once per batch).
 */
export async function resolveTrainingTypes(
  db: Database,
  profileId: string,
  nameKeys: readonly string[],
): Promise<Map<string, string>> {
  const keys = [...new Set(nameKeys)];
  if (keys.length === 0) return new Map();
  const result = await db.execute(sql`
    select distinct on (name_key) name_key, training_type_id::text as training_type_id
    from ${activityMappings}
    where name_key = any(${sql.param(keys)}::text[])
      and (profile_id = ${profileId} or profile_id is null)
    order by name_key, profile_id nulls last`);
  return new Map(resolvedRows.parse(result).rows.map((r) => [r.name_key, r.training_type_id]));
}
