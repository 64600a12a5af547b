import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

/** Login sessions. Only the SHA-256 of the token is stored; the token itself exists only at the client. */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    ...timestamps(),
  },
  (t) => [index("sessions_profile_idx").on(t.profileId), index("sessions_expires_at_idx").on(t.expiresAt)],
);

/** One-time tokens sent by e-mail: address verification and password reset. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["verify", "reset"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    ...timestamps(),
  },
  (t) => [index("email_tokens_profile_idx").on(t.profileId, t.purpose)],
);
