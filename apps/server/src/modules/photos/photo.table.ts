import { date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns.js";
import { profiles } from "../profiles/profile.table.js";

/**
 * A progress photo. Its files live under PHOTOS_DIR/<profile id>/<id>-{full,display,thumb}.<ext>,
 * stripped of all metadata; the row is written only once the files are in place.
 */
export const photos = pgTable(
  "photos",
  {
    id: id(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    /** When the camera took it (EXIF), if the file said. */
    takenAt: timestamp("taken_at", { withTimezone: true, mode: "date" }),
    pose: text("pose", { enum: ["front", "side", "back", "other"] })
      .notNull()
      .default("front"),
    note: text("note"),
    /** The stored files' type, e.g. `image/jpeg` or `image/webp`. */
    mime: text("mime").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    bytes: integer("bytes").notNull(),
    ...timestamps(),
  },
  (t) => [index("photos_profile_date_idx").on(t.profileId, t.date.desc())],
);

export type PhotoRow = typeof photos.$inferSelect;
