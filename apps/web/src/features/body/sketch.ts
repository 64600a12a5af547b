import { type CircumferencePoint, circumferencePoints } from "@mitai/shared";

/** The drawing's coordinate box: a standing figure seen from the front. */
export const SKETCH_WIDTH = 160;
export const SKETCH_HEIGHT = 360;

/** Where a girth is taken on the sketch: a horizontal line across the body part at height `y`. */
export type SketchLine = { y: number; x1: number; x2: number };

/**
 * The measuring lines, matched to the silhouette in BodySketch.tsx. Limbs are drawn on the
 * figure's right side (the viewer's left), as a tape is usually put on the right arm and leg.
 */
export const sketchLines: Record<CircumferencePoint, SketchLine> = {
  neck: { y: 57, x1: 70, x2: 90 },
  chest: { y: 94, x1: 47, x2: 113 },
  waist: { y: 136, x1: 54, x2: 106 },
  belly: { y: 153, x1: 52, x2: 108 },
  hip: { y: 180, x1: 48, x2: 112 },
  thigh: { y: 214, x1: 48, x2: 79 },
  calf: { y: 282, x1: 55, x2: 75 },
  arm: { y: 108, x1: 28, x2: 47 },
};

/** The girth point an input stands for, by its field name; null for the date, the note or anything else. */
export function pointOfField(name: string | null | undefined): CircumferencePoint | null {
  return circumferencePoints.find((point) => point === name) ?? null;
}

/** Which side of the figure a point's label goes: limbs on the outside left, the trunk on the right. */
export function labelSide(point: CircumferencePoint): "left" | "right" {
  return point === "arm" || point === "thigh" || point === "calf" ? "left" : "right";
}
