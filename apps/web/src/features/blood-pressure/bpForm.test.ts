import { describe, expect, it } from "vitest";
import { bpFormSchema, bpFormValues, emptyBpForm, localDateTime } from "./bpForm";

const now = new Date(2025, 5, 10, 8, 0).getTime();
const schema = bpFormSchema(() => now);
const base = {
  systolic: "150",
  diastolic: "95",
  pulse: "72",
  date: "2025-06-10",
  time: "07:30",
  context: "" as const,
  irregularHeartbeat: false,
  note: "",
};

describe("bpFormSchema", () => {
  it("turns the inputs into a reading with a UTC instant", () => {
    expect(schema.parse(base)).toEqual({
      measuredAt: new Date(2025, 5, 10, 7, 30).toISOString(),
      systolic: 150,
      diastolic: 95,
      pulse: 72,
      context: null,
      irregularHeartbeat: false,
      note: null,
    });
  });

  it("leaves an empty pulse unset and keeps a context", () => {
    const out = schema.parse({ ...base, pulse: " ", context: "after_waking", note: " cuff left " });
    expect(out.pulse).toBeNull();
    expect(out.context).toBe("after_waking");
    expect(out.note).toBe("cuff left");
  });

  it("refuses values outside the shared limits", () => {
    expect(schema.safeParse({ ...base, systolic: "301" }).error?.issues[0]?.path).toEqual(["systolic"]);
    expect(schema.safeParse({ ...base, diastolic: "29" }).error?.issues[0]?.path).toEqual(["diastolic"]);
    expect(schema.safeParse({ ...base, pulse: "12,5" }).error?.issues[0]?.path).toEqual(["pulse"]);
    expect(schema.safeParse({ ...base, systolic: "" }).error?.issues[0]?.path).toEqual(["systolic"]);
  });

  it("wants the diastolic value below the systolic one", () => {
    const issue = schema.safeParse({ ...base, systolic: "90", diastolic: "95" }).error?.issues[0];
    expect(issue?.path).toEqual(["diastolic"]);
    expect(issue?.code === "custom" && issue.params?.reason).toBe("diastolicBelow");
  });

  it("refuses a time in the future", () => {
    const issue = schema.safeParse({ ...base, time: "09:00" }).error?.issues[0];
    expect(issue?.path).toEqual(["time"]);
  });
});

describe("form values", () => {
  it("start at the browser's now", () => {
    const at = new Date(2025, 0, 2, 6, 5);
    expect(localDateTime(at)).toEqual({ date: "2025-01-02", time: "06:05" });
    expect(emptyBpForm(at).time).toBe("06:05");
  });

  it("put a reading back into the inputs", () => {
    const measuredAt = new Date(2025, 5, 1, 21, 15).toISOString();
    const values = bpFormValues({
      id: "0b7c6f0e-8f7e-4d5c-9a55-2f4a3c1b9e11",
      measuredAt,
      date: "2025-06-01",
      systolic: 128,
      diastolic: 82,
      pulse: null,
      context: "rest",
      irregularHeartbeat: true,
      note: null,
      classification: "normal",
      source: "manual",
      createdAt: measuredAt,
      updatedAt: measuredAt,
    });
    expect(values).toMatchObject({ systolic: "128", pulse: "", time: "21:15", context: "rest", note: "" });
  });
});
