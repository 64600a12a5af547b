import { z } from "zod";
import { isoDate, logDate } from "./dates.js";
import { note } from "./weight.js";

export const photoPoses = ["front", "side", "back", "other"] as const;
export const photoPose = z.enum(photoPoses);
export type PhotoPose = z.infer<typeof photoPose>;

/** The stored renditions of a photo: a square-ish thumbnail, a screen-sized one, and the full one. */
export const photoSizes = ["thumb", "display", "full"] as const;
export const photoSize = z.enum(photoSizes);
export type PhotoSize = z.infer<typeof photoSize>;

/** Largest accepted upload: a phone's full-resolution photo with room to spare. */
export const PHOTO_MAX_BYTES = 25 * 1024 * 1024;

export const photoEntry = z
  .object({
    id: z.uuid(),
    date: isoDate,
    /** When the camera took it, from the file's EXIF; null when the file did not say. */
    takenAt: z.iso.datetime({ offset: true }).nullable(),
    pose: photoPose,
    note: z.string().nullable(),
    /** Of the full stored rendition, after the orientation was applied. */
    width: z.int(),
    height: z.int(),
    bytes: z.int(),
    /**
     * Short-lived signed links an `<img src>` can use without the session header; fetch the entry
     * again for fresh ones once they have expired (the file route answers 403 `link_expired`).
     */
    urls: z.object({ thumb: z.string(), display: z.string(), full: z.string() }),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "PhotoEntry" });
export type PhotoEntry = z.infer<typeof photoEntry>;

/** The form fields that may accompany the file of an upload (all optional). */
export const photoUploadFields = z.strictObject({
  date: logDate.optional(),
  pose: photoPose.optional(),
  note: note.optional(),
});
export type PhotoUploadFields = z.infer<typeof photoUploadFields>;

export const photoUpdate = z
  .strictObject({ date: logDate, pose: photoPose, note: note.nullable() })
  .partial()
  .meta({ id: "PhotoUpdate" });
export type PhotoUpdate = z.infer<typeof photoUpdate>;

export const photoListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The signature part of a photo file link; a missing or malformed one is judged by the route (404). */
export const photoFileQuery = z.object({
  exp: z.string().max(20).optional(),
  sig: z.string().max(100).optional(),
});
