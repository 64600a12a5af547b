import { type PhotoEntry, type PhotoPose, photoPoses } from "@mitai/shared";

export type PhotoDay = { date: string; photos: PhotoEntry[] };

const poseRank = (pose: PhotoPose) => photoPoses.indexOf(pose);

/** Front, side, back, other; two of a pose in the order they were uploaded. */
function byPose(a: PhotoEntry, b: PhotoEntry): number {
  return poseRank(a.pose) - poseRank(b.pose) || a.createdAt.localeCompare(b.createdAt);
}

/** The gallery's sections: one per day, newest day first, each day's photos by pose. */
export function groupByDate(photos: readonly PhotoEntry[]): PhotoDay[] {
  const days = new Map<string, PhotoEntry[]>();
  for (const photo of photos) {
    const day = days.get(photo.date);
    if (day) day.push(photo);
    else days.set(photo.date, [photo]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([date, list]) => ({ date, photos: list.sort(byPose) }));
}

/** Thumbnails are cropped to a square on the server; this is the box the gallery reserves. */
export const THUMB_PX = 320;

/** Refresh the links this long before the first of them expires (a slow tab, a clock a little off). */
export const EXPIRY_MARGIN_MS = 5 * 60_000;
/** The server's links last about an hour; without a readable expiry, refresh after 50 minutes. */
export const DEFAULT_REFRESH_MS = 50 * 60_000;
/** Never refresh more often than this, even if the server hands out links about to expire. */
export const MIN_REFRESH_MS = 30_000;

/** The expiry (ms since the epoch) a signed link carries in its `exp` parameter (seconds), or null. */
export function linkExpiresAt(url: string): number | null {
  const query = url.split("?")[1];
  if (!query) return null;
  const exp = new URLSearchParams(query).get("exp");
  if (!exp || !/^\d+$/.test(exp)) return null;
  return Number(exp) * 1000;
}

/** How long until the list should be fetched again for fresh links: before the first one expires. */
export function refreshDelayMs(photos: readonly PhotoEntry[], nowMs: number): number {
  let first = Number.POSITIVE_INFINITY;
  for (const photo of photos) {
    for (const url of [photo.urls.thumb, photo.urls.display, photo.urls.full]) {
      const expiresAt = linkExpiresAt(url);
      if (expiresAt !== null) first = Math.min(first, expiresAt);
    }
  }
  if (!Number.isFinite(first)) return DEFAULT_REFRESH_MS;
  return Math.min(DEFAULT_REFRESH_MS, Math.max(MIN_REFRESH_MS, first - EXPIRY_MARGIN_MS - nowMs));
}

/**
 * Whether an image that failed to load should make the list refetch: not again within
 * MIN_REFRESH_MS of the last time, so a file that is really gone cannot cause a refetch loop.
 */
export function shouldRefetchAfterError(lastRefetchMs: number | null, nowMs: number): boolean {
  return lastRefetchMs === null || nowMs - lastRefetchMs >= MIN_REFRESH_MS;
}

/** A slider position in percent, kept within 0–100 (a number input, a drag past the edge). */
export function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 50;
  return Math.min(100, Math.max(0, value));
}

/** The "before" photo shows on the left `percent` of the overlay: clip off the rest on the right. */
export function beforeClip(percent: number): string {
  return `inset(0 ${100 - clampPercent(percent)}% 0 0)`;
}

/** The poses with photos on at least two different days, in the order front, side, back, other. */
export function comparablePoses(photos: readonly PhotoEntry[]): PhotoPose[] {
  return photoPoses.filter((pose) => datesWithPose(photos, pose).length >= 2);
}

/** The days with a photo of `pose`, oldest first. */
export function datesWithPose(photos: readonly PhotoEntry[], pose: PhotoPose): string[] {
  return [...new Set(photos.filter((p) => p.pose === pose).map((p) => p.date))].sort();
}

/** The photo of `pose` on `date`; of several, the one uploaded last. */
export function photoOn(photos: readonly PhotoEntry[], date: string, pose: PhotoPose): PhotoEntry | null {
  let found: PhotoEntry | null = null;
  for (const photo of photos) {
    if (photo.date !== date || photo.pose !== pose) continue;
    if (!found || photo.createdAt > found.createdAt) found = photo;
  }
  return found;
}

export type ComparePick = { pose: PhotoPose; before: string; after: string };

/**
 * The comparison shown first: the pose of the newest photo if it can be compared (else the first
 * that can), its first day against its last. Null while no pose has photos on two days.
 */
export function defaultComparison(photos: readonly PhotoEntry[]): ComparePick | null {
  const poses = comparablePoses(photos);
  const newest = [...photos].sort((a, b) => b.date.localeCompare(a.date))[0];
  const pose = newest && poses.includes(newest.pose) ? newest.pose : poses[0];
  if (!pose) return null;
  const dates = datesWithPose(photos, pose);
  const before = dates[0];
  const after = dates.at(-1);
  return before && after ? { pose, before, after } : null;
}

/** Keeps a pick valid after the list changed (a photo deleted, a pose switched). */
export function reconcileComparison(
  photos: readonly PhotoEntry[],
  pick: ComparePick | null,
): ComparePick | null {
  if (!pick) return defaultComparison(photos);
  const dates = datesWithPose(photos, pick.pose);
  if (dates.length < 2) return defaultComparison(photos);
  const before = dates.includes(pick.before)
    ? pick.before
    : (dates.find((d) => d !== pick.after) ?? pick.before);
  const after = dates.includes(pick.after) ? pick.after : (dates.findLast((d) => d !== before) ?? pick.after);
  return { pose: pick.pose, before, after };
}

const DISPLAY_LONG_SIDE = 1280;

/** The size of the display rendition (the full one scaled to fit 1280 px), for `<img width height>`. */
export function displaySize(photo: Pick<PhotoEntry, "width" | "height">): { width: number; height: number } {
  const scale = Math.min(1, DISPLAY_LONG_SIDE / Math.max(photo.width, photo.height, 1));
  return { width: Math.round(photo.width * scale), height: Math.round(photo.height * scale) };
}
