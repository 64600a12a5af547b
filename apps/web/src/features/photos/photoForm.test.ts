import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/apiError";
import { fileProblem, photoFormSchema, uploadErrorKey } from "./photoForm";
import { progressPercent } from "./uploadPhoto";

describe("photo form", () => {
  const schema = photoFormSchema("2025-06-02");

  it("accepts today with a pose and an empty note", () => {
    expect(schema.parse({ date: "2025-06-02", pose: "side", note: "" })).toEqual({
      date: "2025-06-02",
      pose: "side",
      note: "",
    });
  });

  it("refuses a day after today, an unknown pose and a note over 500 characters", () => {
    expect(schema.safeParse({ date: "2025-06-03", pose: "front", note: "" }).success).toBe(false);
    expect(schema.safeParse({ date: "2025-06-01", pose: "top", note: "" }).success).toBe(false);
    expect(schema.safeParse({ date: "2025-06-01", pose: "front", note: "x".repeat(501) }).success).toBe(
      false,
    );
  });
});

describe("upload errors", () => {
  it("speaks of photos for a file too large, of a wrong type or unreadable", () => {
    expect(uploadErrorKey(new ApiError(413, "payload_too_large", "x"))).toBe("photos.upload.tooLarge");
    expect(uploadErrorKey(new ApiError(415, "unsupported_file", "x"))).toBe("photos.upload.unsupported");
    expect(uploadErrorKey(new ApiError(415, "unsupported_media_type", "x"))).toBe(
      "photos.upload.unsupported",
    );
    expect(uploadErrorKey(new ApiError(422, "invalid_image", "x"))).toBe("photos.upload.invalid");
  });

  it("leaves other failures to the shared texts", () => {
    expect(uploadErrorKey(new ApiError(422, "validation_error", "x"))).toBeNull();
    expect(uploadErrorKey(new ApiError(0, "network", "x"))).toBeNull();
    expect(uploadErrorKey(new Error("x"))).toBeNull();
  });

  it("refuses before sending what the server would refuse", () => {
    expect(fileProblem({ size: 26 * 1024 * 1024, type: "image/jpeg" })).toBe("photos.upload.tooLarge");
    expect(fileProblem({ size: 1000, type: "text/plain" })).toBe("photos.upload.unsupported");
    expect(fileProblem({ size: 1000, type: "" })).toBeNull();
    expect(fileProblem({ size: 25 * 1024 * 1024, type: "image/heic" })).toBeNull();
  });
});

describe("upload progress", () => {
  it("is a whole percentage, 0 until the size is known", () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ loaded: 0, total: 0 })).toBe(0);
    expect(progressPercent({ loaded: 1, total: 3 })).toBe(33);
    expect(progressPercent({ loaded: 3, total: 3 })).toBe(100);
  });
});
