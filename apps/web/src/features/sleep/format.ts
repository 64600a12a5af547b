import type { SleepEntry, SleepPhase } from "@mitai/shared";
import { useTranslation } from "react-i18next";

/** Draw order from top to bottom: awake, REM, light, deep. */
export const phaseOrder: readonly SleepPhase[] = ["awake", "rem", "light", "deep"];

/** "7 h 45 min" (or "45 min", "8 h") for a number of minutes. */
export function useFormatDuration(): (minutes: number) => string {
  const { t } = useTranslation();
  return (total) => {
    const rounded = Math.round(total);
    const hours = Math.floor(rounded / 60);
    const minutes = rounded % 60;
    if (hours === 0) return t("sleep.durationMinutes", { minutes });
    if (minutes === 0) return t("sleep.durationHours", { hours });
    return t("sleep.duration", { hours, minutes });
  };
}

export type PhaseMinutes = Record<SleepPhase, number>;

/** The night's phase minutes, or null when none were recorded. */
export function phaseMinutes(night: SleepEntry): PhaseMinutes | null {
  const { deepMin, remMin, lightMin, awakeMin } = night;
  if (deepMin === null && remMin === null && lightMin === null && awakeMin === null) return null;
  return { deep: deepMin ?? 0, rem: remMin ?? 0, light: lightMin ?? 0, awake: awakeMin ?? 0 };
}

/** A night whose bedtime and wake-up are known (every night but one imported with its durations only). */
export type ClockedNight = SleepEntry & { bedtime: string; wakeTime: string };

export function hasClock(night: SleepEntry): night is ClockedNight {
  return night.bedtime !== null && night.wakeTime !== null;
}
