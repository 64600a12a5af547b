import { logDate, note, PHOTO_MAX_BYTES, type PhotoEntry, type PhotoPose, photoPose } from "@mitai/shared";
import { z } from "zod";
import { ApiError } from "../../lib/apiError";
import { futureDateIssue, notAfter } from "../../lib/inputSchemas";

/** What the fields beside the file hold. */
export type PhotoFormValues = { date: string; pose: PhotoPose; note: string };

export const photoFormFields = ["date", "pose", "note"] as const;

/** The shared rules over the upload's and the edit's fields: a day not after today, a pose, a note. */
export function photoFormSchema(today: string) {
  return z.object({
    date: logDate.refine(notAfter(today), futureDateIssue),
    pose: photoPose,
    note,
  });
}

export function emptyPhotoForm(today: string): PhotoFormValues {
  return { date: today, pose: "front", note: "" };
}

export function photoFormValues(photo: PhotoEntry): PhotoFormValues {
  return { date: photo.date, pose: photo.pose, note: photo.note ?? "" };
}

type UploadErrorKey = "photos.upload.tooLarge" | "photos.upload.unsupported" | "photos.upload.invalid";

/** A refused upload in words about photos (the shared texts speak of requests and CSV files). */
export function uploadErrorKey(error: unknown): UploadErrorKey | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 413 || error.code === "payload_too_large") return "photos.upload.tooLarge";
  if (error.status === 415 || error.code === "unsupported_file") return "photos.upload.unsupported";
  if (error.code === "invalid_image") return "photos.upload.invalid";
  return null;
}

/** Checked before sending: a file the server would refuse anyway need not travel over a phone line. */
export function fileProblem(file: Pick<File, "size" | "type">): UploadErrorKey | null {
  if (file.size > PHOTO_MAX_BYTES) return "photos.upload.tooLarge";
  // Some phones hand over HEIC without a type; only a type that is clearly not an image is refused here.
  if (file.type !== "" && !file.type.startsWith("image/")) return "photos.upload.unsupported";
  return null;
}
