/** The SQLSTATE of a database error, wherever the driver put it (Drizzle wraps it as the cause). */
export function sqlState(err: unknown): unknown {
  const code = (e: unknown) => (typeof e === "object" && e !== null && "code" in e ? e.code : undefined);
  return code(err) ?? (err instanceof Error ? code(err.cause) : undefined);
}

/** A unique index refused the row (23505). */
export const isUniqueViolation = (err: unknown): boolean => sqlState(err) === "23505";
