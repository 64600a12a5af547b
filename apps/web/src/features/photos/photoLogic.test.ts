import type { PhotoEntry } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import {
  beforeClip,
  clampPercent,
  comparablePoses,
  DEFAULT_REFRESH_MS,
  defaultComparison,
  displaySize,
  groupByDate,
  linkExpiresAt,
  MIN_REFRESH_MS,
  photoOn,
  reconcileComparison,
  refreshDelayMs,
  shouldRefetchAfterError,
} from "./photoLogic";

const NOW = Date.parse("2025-06-02T10:00:00Z");
const nowS = NOW / 1000;

let serial = 0;

/** A photo as the API lists it, with links that expire `expInS` seconds from NOW. */
function newPhoto(overrides: Partial<PhotoEntry> = {}, expInS = 3600): PhotoEntry {
  serial += 1;
  const id = `00000000-0000-4000-8000-${String(serial).padStart(12, "0")}`;
  const link = (size: string) => `/api/photos/${id}/file/${size}?exp=${nowS + expInS}&sig=abc`;
  return {
    id,
    date: "2025-06-01",
    takenAt: null,
    pose: "front",
    note: null,
    width: 3024,
    height: 4032,
    bytes: 1_000_000,
    urls: { thumb: link("thumb"), display: link("display"), full: link("full") },
    createdAt: `2025-06-01T08:00:${String(serial % 60).padStart(2, "0")}.000Z`,
    updatedAt: "2025-06-01T08:00:00.000Z",
    ...overrides,
  };
}

describe("groupByDate", () => {
  it("makes one section per day, newest day first, each day by pose", () => {
    const back = newPhoto({ date: "2025-06-01", pose: "back" });
    const front = newPhoto({ date: "2025-06-01", pose: "front" });
    const later = newPhoto({ date: "2025-06-08", pose: "side" });
    const earlier = newPhoto({ date: "2025-05-20", pose: "other" });
    const days = groupByDate([back, later, earlier, front]);
    expect(days.map((d) => d.date)).toEqual(["2025-06-08", "2025-06-01", "2025-05-20"]);
    expect(days[1]?.photos.map((p) => p.pose)).toEqual(["front", "back"]);
  });

  it("keeps two photos of one pose on one day in upload order", () => {
    const first = newPhoto({ createdAt: "2025-06-01T08:00:00.000Z" });
    const second = newPhoto({ createdAt: "2025-06-01T09:00:00.000Z" });
    expect(groupByDate([second, first])[0]?.photos).toEqual([first, second]);
  });

  it("has no sections without photos", () => {
    expect(groupByDate([])).toEqual([]);
  });
});

describe("link expiry", () => {
  it("reads the expiry from a signed link", () => {
    expect(linkExpiresAt("/api/photos/x/file/thumb?exp=1748862000&sig=a")).toBe(1_748_862_000_000);
    expect(linkExpiresAt("/api/photos/x/file/thumb?sig=a")).toBeNull();
    expect(linkExpiresAt("/api/photos/x/file/thumb")).toBeNull();
    expect(linkExpiresAt("/api/photos/x/file/thumb?exp=soon")).toBeNull();
  });

  it("refreshes five minutes before the first link expires", () => {
    const photos = [newPhoto({}, 3600), newPhoto({}, 1800)];
    expect(refreshDelayMs(photos, NOW)).toBe(25 * 60_000);
  });

  it("waits at most 50 minutes, and 50 minutes when no link says when it expires", () => {
    expect(refreshDelayMs([newPhoto({}, 4 * 3600)], NOW)).toBe(DEFAULT_REFRESH_MS);
    expect(refreshDelayMs([], NOW)).toBe(DEFAULT_REFRESH_MS);
    const unsigned = newPhoto();
    unsigned.urls = { thumb: "/a", display: "/b", full: "/c" };
    expect(refreshDelayMs([unsigned], NOW)).toBe(DEFAULT_REFRESH_MS);
  });

  it("does not hammer the server when links are (nearly) expired already", () => {
    expect(refreshDelayMs([newPhoto({}, 60)], NOW)).toBe(MIN_REFRESH_MS);
    expect(refreshDelayMs([newPhoto({}, -600)], NOW)).toBe(MIN_REFRESH_MS);
  });

  it("refetches after a broken image at most every 30 seconds", () => {
    expect(shouldRefetchAfterError(null, NOW)).toBe(true);
    expect(shouldRefetchAfterError(NOW - 5_000, NOW)).toBe(false);
    expect(shouldRefetchAfterError(NOW - MIN_REFRESH_MS, NOW)).toBe(true);
  });
});

describe("slider", () => {
  it("keeps the position within 0–100", () => {
    expect(clampPercent(42)).toBe(42);
    expect(clampPercent(-3)).toBe(0);
    expect(clampPercent(130)).toBe(100);
    expect(clampPercent(Number.NaN)).toBe(50);
  });

  it("shows the before photo left of the handle", () => {
    expect(beforeClip(30)).toBe("inset(0 70% 0 0)");
    expect(beforeClip(0)).toBe("inset(0 100% 0 0)");
    expect(beforeClip(100)).toBe("inset(0 0% 0 0)");
    expect(beforeClip(150)).toBe("inset(0 0% 0 0)");
  });
});

describe("displaySize", () => {
  it("scales the long side to 1280 px and never enlarges", () => {
    expect(displaySize({ width: 3024, height: 4032 })).toEqual({ width: 960, height: 1280 });
    expect(displaySize({ width: 4000, height: 3000 })).toEqual({ width: 1280, height: 960 });
    expect(displaySize({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
  });
});

describe("comparison", () => {
  const june1Front = newPhoto({ date: "2025-06-01", pose: "front" });
  const june8Front = newPhoto({ date: "2025-06-08", pose: "front" });
  const june15Front = newPhoto({ date: "2025-06-15", pose: "front" });
  const june1Side = newPhoto({ date: "2025-06-01", pose: "side" });
  const june20Side = newPhoto({ date: "2025-06-20", pose: "side" });
  const all = [june20Side, june15Front, june8Front, june1Front, june1Side];

  it("offers only poses with photos on two different days", () => {
    expect(comparablePoses(all)).toEqual(["front", "side"]);
    const sameDay = newPhoto({ date: "2025-06-01", pose: "back" });
    expect(comparablePoses([june1Front, sameDay, newPhoto({ date: "2025-06-01", pose: "back" })])).toEqual(
      [],
    );
  });

  it("starts with the newest photo's pose, first day against last", () => {
    expect(defaultComparison(all)).toEqual({ pose: "side", before: "2025-06-01", after: "2025-06-20" });
  });

  it("falls back to a pose that can be compared when the newest one cannot", () => {
    const lonely = newPhoto({ date: "2025-07-01", pose: "back" });
    expect(defaultComparison([lonely, ...all])).toEqual({
      pose: "front",
      before: "2025-06-01",
      after: "2025-06-15",
    });
  });

  it("has nothing to compare with fewer than two days of one pose", () => {
    expect(defaultComparison([])).toBeNull();
    expect(defaultComparison([june1Front, june20Side])).toBeNull();
  });

  it("finds the photo of a pose on a day, the last uploaded of several", () => {
    const again = newPhoto({ date: "2025-06-01", pose: "front", createdAt: "2025-06-01T23:00:00.000Z" });
    expect(photoOn([june1Front, again, june1Side], "2025-06-01", "front")).toBe(again);
    expect(photoOn(all, "2025-06-02", "front")).toBeNull();
  });

  it("keeps a chosen pair, and repairs it when a day disappears", () => {
    const pick = { pose: "front" as const, before: "2025-06-08", after: "2025-06-15" };
    expect(reconcileComparison(all, pick)).toEqual(pick);
    const withoutJune15 = all.filter((p) => p !== june15Front);
    expect(reconcileComparison(withoutJune15, pick)).toEqual({
      pose: "front",
      before: "2025-06-08",
      after: "2025-06-01",
    });
    const onlySide = [june1Side, june20Side];
    expect(reconcileComparison(onlySide, pick)).toEqual({
      pose: "side",
      before: "2025-06-01",
      after: "2025-06-20",
    });
  });
});
