import { z } from "zod";

export const healthResponse = z
  .object({
    status: z.enum(["ok", "degraded"]),
    service: z.literal("mitai-jinkendo"),
    version: z.string(),
    database: z.enum(["ok", "unavailable"]),
    databaseKind: z.enum(["pglite", "postgres"]),
  })
  .meta({ id: "Health" });
export type HealthResponse = z.infer<typeof healthResponse>;
