import type { SleepEntry, SleepPhase } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n";
import { formatTime } from "../blood-pressure/format";
import {
  type ClockedNight,
  hasClock,
  type PhaseMinutes,
  phaseMinutes,
  phaseOrder,
  useFormatDuration,
} from "./format";

const HOUR_MS = 3_600_000;

/**
 * The night's phases over time: one lane per phase (awake on top, deep at the bottom), a block
 * for every segment and a thin line where the sleeper moves between phases.
 */
export function Hypnogram({ night }: { night: ClockedNight }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const format = useFormatDuration();
  const start = Date.parse(night.bedtime);
  const end = Date.parse(night.wakeTime);
  const span = Math.max(end - start, 1);
  const x = (at: number) => ((Math.min(Math.max(at, start), end) - start) / span) * 1000;
  const lane = (phase: SleepPhase) => phaseOrder.indexOf(phase);
  const segments = [...night.segments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

  // The step line: down and up between the lanes' middles at each change of phase.
  const steps = segments
    .map((s, i) => {
      const y = lane(s.phase) * 10 + 5;
      const from = x(Date.parse(s.start));
      const to = x(Date.parse(s.end));
      return `${i === 0 ? "M" : "L"}${from} ${y} L${to} ${y}`;
    })
    .join(" ");

  // Full hours between bedtime and wake-up, for the axis.
  const ticks: number[] = [];
  const firstHour = Math.ceil(start / HOUR_MS) * HOUR_MS;
  const every = span > 10 * HOUR_MS ? 2 : 1;
  for (let at = firstHour; at < end; at += HOUR_MS * every) {
    // Keep clear of the bedtime and wake-up labels at the ends.
    if ((at - start) / span > 0.18 && (end - at) / span > 0.18) ticks.push(at);
  }
  // Bare hours on the axis ("2", "3" or "2 AM"): "02 Uhr" would not fit between the edges.
  const twelveHour = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hour12 === true;
  const hourLabel = (at: number) => {
    const hour = new Date(at).getHours();
    return twelveHour ? String(hour % 12 || 12) : String(hour);
  };
  const totals = phaseOrder.map((phase) => {
    const ms = segments
      .filter((s) => s.phase === phase)
      .reduce((sum, s) => sum + Date.parse(s.end) - Date.parse(s.start), 0);
    return `${t(`sleep.phases.${phase}`)} ${format(ms / 60_000)}`;
  });

  return (
    <figure className="hypnogram" data-testid="sleep-hypnogram" data-kind="segments">
      <figcaption className="visually-hidden">
        {t("sleep.lastNight.summary", {
          from: formatTime(night.bedtime, locale),
          to: formatTime(night.wakeTime, locale),
          phases: totals.join(", "),
        })}
      </figcaption>
      <div className="hypnogram-grid" aria-hidden="true">
        <ul className="hypnogram-lanes">
          {phaseOrder.map((phase) => (
            <li key={phase}>{t(`sleep.phases.${phase}`)}</li>
          ))}
        </ul>
        <div className="hypnogram-plot">
          <svg viewBox="0 0 1000 40" preserveAspectRatio="none" className="hypnogram-svg" role="presentation">
            {phaseOrder.map((phase, i) => (
              <rect key={phase} x={0} y={i * 10} width={1000} height={10} className="hypnogram-lane-bg" />
            ))}
            <path d={steps} className="hypnogram-step" vectorEffect="non-scaling-stroke" />
            {segments.map((s) => (
              <rect
                key={`${s.start}-${s.phase}`}
                x={x(Date.parse(s.start))}
                y={lane(s.phase) * 10 + 1.5}
                width={Math.max(x(Date.parse(s.end)) - x(Date.parse(s.start)), 1.5)}
                height={7}
                rx={1}
                className={`hypnogram-block sleep-fill-${s.phase}`}
              />
            ))}
          </svg>
          <div className="hypnogram-axis tabular">
            <span className="hypnogram-edge">{formatTime(night.bedtime, locale)}</span>
            {ticks.map((at) => (
              <span key={at} className="hypnogram-tick" style={{ left: `${x(at) / 10}%` }}>
                {hourLabel(at)}
              </span>
            ))}
            <span className="hypnogram-edge hypnogram-edge-end">{formatTime(night.wakeTime, locale)}</span>
          </div>
        </div>
      </div>
    </figure>
  );
}

/**
 * A night's phases as well as they are known: over time when it has segments and a clock, else as one
 * bar of its phase minutes (a night imported with durations only has neither times nor segments).
 */
export function NightPhases({ night }: { night: SleepEntry }) {
  const { t } = useTranslation();
  const format = useFormatDuration();
  if (hasClock(night) && night.segments.length > 0) return <Hypnogram night={night} />;
  const minutes = phaseMinutes(night);
  if (!minutes) return <p className="muted">{t("sleep.lastNight.noPhases")}</p>;
  return (
    <PhaseBar
      values={minutes}
      formatValue={format}
      label={t("sleep.lastNight.phaseBar")}
      testId="sleep-hypnogram"
    />
  );
}

type PhaseBarProps = {
  /** Minutes or shares per phase. */
  values: PhaseMinutes;
  /** How each value reads in the legend. */
  formatValue: (value: number) => string;
  label: string;
  testId?: string;
};

/** The phases as one stacked bar, with a legend. */
export function PhaseBar({ values, formatValue, label, testId }: PhaseBarProps) {
  const { t } = useTranslation();
  const present = phaseOrder.filter((phase) => values[phase] > 0);
  // Bottom to top in the night reads left to right here: deep first, awake last.
  const ordered = [...present].reverse();
  return (
    <figure className="phase-bar" data-testid={testId} data-kind="minutes">
      <figcaption className="visually-hidden">{label}</figcaption>
      <div className="phase-bar-track" aria-hidden="true">
        {ordered.map((phase) => (
          <span
            key={phase}
            className={`phase-bar-part sleep-fill-${phase}`}
            style={{ flexGrow: values[phase] }}
          />
        ))}
      </div>
      <ul className="phase-legend">
        {ordered.map((phase) => (
          <li key={phase}>
            <span className={`phase-dot sleep-fill-${phase}`} aria-hidden="true" />
            <span>{t(`sleep.phases.${phase}`)}</span>
            <strong className="tabular">{formatValue(values[phase])}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
