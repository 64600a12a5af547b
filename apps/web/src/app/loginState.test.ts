import { describe, expect, it } from "vitest";
import { readLoginState } from "./loginState";

describe("readLoginState", () => {
  it("keeps what the login page understands", () => {
    expect(readLoginState({ from: "/weight?x=1", expired: true })).toEqual({
      from: "/weight?x=1",
      expired: true,
    });
    expect(readLoginState({ passwordReset: true })).toEqual({ passwordReset: true });
  });

  it("ignores anything else, and never leaves the app", () => {
    expect(readLoginState(null)).toEqual({});
    expect(readLoginState("x")).toEqual({});
    expect(readLoginState({ from: "https://evil.example/" })).toEqual({});
    expect(readLoginState({ from: "//evil.example/" })).toEqual({});
    expect(readLoginState({ from: "/\\evil.example/" })).toEqual({});
    expect(readLoginState({ expired: "yes" })).toEqual({});
  });
});
