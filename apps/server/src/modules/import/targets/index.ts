import type { ImportKind } from "@mitai/shared";
import { activityTarget } from "./activity.js";
import { bloodPressureTarget } from "./blood-pressure.js";
import { nutritionTarget } from "./nutrition.js";
import { sleepTarget } from "./sleep.js";
import type { Target } from "./types.js";
import { vitalsTarget } from "./vitals.js";

/** Where each kind of imported row goes. */
export const targets: { [K in ImportKind]: Target<K> } = {
  blood_pressure: bloodPressureTarget,
  vitals: vitalsTarget,
  sleep: sleepTarget,
  activity: activityTarget,
  nutrition: nutritionTarget,
};
