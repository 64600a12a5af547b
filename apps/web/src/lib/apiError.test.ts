import { errorCodes } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import de from "../i18n/de.json";
import en from "../i18n/en.json";
import { ApiError, codeForStatus, describeError, isTransient, networkError, toApiError } from "./apiError";

describe("toApiError", () => {
  it("keeps the server's code, detail and field errors", () => {
    const error = toApiError(422, {
      detail: "Invalid body",
      code: "validation_error",
      errors: [{ path: "weight", message: "must be at least 20 kg" }],
    });
    expect(error).toMatchObject({ status: 422, code: "validation_error", detail: "Invalid body" });
    expect(error.fieldErrors).toEqual([{ path: "weight", message: "must be at least 20 kg" }]);
  });

  it("falls back to the status when the body is not ours", () => {
    expect(toApiError(502, "<html>Bad gateway</html>").code).toBe("service_unavailable");
    expect(toApiError(429, null).code).toBe("rate_limited");
    expect(codeForStatus(418)).toBe("validation_error");
    expect(codeForStatus(507)).toBe("internal_error");
  });
});

describe("describeError", () => {
  it("translates every known code", () => {
    expect(describeError(toApiError(409, { detail: "x", code: "duplicate_date" }))).toEqual({
      key: "errors.duplicate_date",
    });
    expect(describeError(networkError())).toEqual({ key: "errors.network" });
  });

  it("shows the server's words for a code the client does not know", () => {
    expect(describeError(new ApiError(403, "limit_reached", "Limit reached for this month"))).toEqual({
      text: "Limit reached for this month",
    });
  });

  it("never shows internals of unexpected errors", () => {
    expect(describeError(new TypeError("x is undefined"))).toEqual({ key: "errors.internal_error" });
  });

  it("has an English and a German text for every code of the contract", () => {
    for (const code of [...errorCodes, "network", "invalid_response"]) {
      expect(en.errors, code).toHaveProperty(code);
      expect(de.errors, code).toHaveProperty(code);
    }
  });
});

describe("isTransient", () => {
  it("retries only offline and server failures", () => {
    expect(isTransient(networkError())).toBe(true);
    expect(isTransient(new ApiError(503, "service_unavailable", ""))).toBe(true);
    expect(isTransient(new ApiError(404, "not_found", ""))).toBe(false);
  });
});
