import type { VitalsMetric } from "@mitai/shared";
import { formatNumber } from "../../lib/number";

/** Decimals each value is shown with. */
export const metricDigits: Record<VitalsMetric, number> = {
  restingHr: 0,
  hrv: 0,
  vo2Max: 1,
  spo2: 0,
  respiratoryRate: 1,
};

export function formatMetric(value: number, metric: VitalsMetric, locale: string): string {
  return formatNumber(value, locale, { maxDigits: metricDigits[metric] });
}

/** A difference with its sign: "+11", "−4,5", "0". */
export function formatDelta(value: number, metric: VitalsMetric, locale: string): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: Math.max(1, metricDigits[metric]),
    signDisplay: "exceptZero",
  }).format(value);
}

/** Whether a difference from the baseline is the worrying direction: a higher resting HR, a lower HRV. */
export function isWorrying(metric: VitalsMetric, delta: number): boolean {
  if (metric === "restingHr" || metric === "respiratoryRate") return delta > 0;
  return delta < 0;
}
