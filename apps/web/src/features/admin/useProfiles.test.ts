import { describe, expect, it } from "vitest";
import { matchesProfile } from "./useProfiles";

describe("matchesProfile", () => {
  const anna = { name: "Anna Berger", email: "anna@example.org" };

  it("finds by name or e-mail, ignoring case and spaces around", () => {
    expect(matchesProfile(anna, "berg")).toBe(true);
    expect(matchesProfile(anna, " ANNA@ ")).toBe(true);
    expect(matchesProfile(anna, "")).toBe(true);
    expect(matchesProfile(anna, "ben")).toBe(false);
  });
});
