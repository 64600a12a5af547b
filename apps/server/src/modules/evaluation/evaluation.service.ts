import {
  type Ability,
  abilityBalance,
  acuteChronicRatio,
  addDays,
  dayNumber,
  type Evaluation,
  type EvaluationQuery,
  round,
  type TrainingTypeRef,
  todayIn,
} from "@mitai/shared";
import type { ChangeCache } from "../../cache/change-cache.js";
import type { Database } from "../../db/client.js";
import { ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import {
  groupingLevel,
  type LoadDayRow,
  loadDayRows,
  type Period,
  type VolumeRow,
  volumeRows,
  type WeekRow,
  weekRows,
} from "./evaluation.repo.js";

/** Without a period asked for: the four weeks up to today, the window the chronic load spans. */
export const EVALUATION_DEFAULT_DAYS = 28;
/** Ten years and a few days: the longest history the evaluation is built (and benchmarked) for. */
export const EVALUATION_MAX_DAYS = 3660;

/** The period asked for, the default filled in from the profile's today (in its time zone). */
export function evaluationPeriod(actor: Actor, query: EvaluationQuery): Period {
  const to = query.to ?? todayIn(actor.profile.timeZone);
  const from = query.from ?? addDays(to, -(EVALUATION_DEFAULT_DAYS - 1));
  if (from > to) throw new ValidationError("from", `must not be after to (${to})`);
  if (dayNumber(to) - dayNumber(from) + 1 > EVALUATION_MAX_DAYS) {
    throw new ValidationError(
      "from",
      `must be at most ${EVALUATION_MAX_DAYS} days before to (about ten years)`,
    );
  }
  return { from, to };
}

/** The Monday starting the week of a day. */
function mondayOf(date: string): string {
  // Day 0 (1970-01-01) was a Thursday: three days after a Monday.
  return addDays(date, -((((dayNumber(date) + 3) % 7) + 7) % 7));
}

function typeRef(row: VolumeRow): TrainingTypeRef | null {
  const { type_id: id, key, name_de: nameDe, name_en: nameEn, icon, category } = row;
  if (id === null || key === null || nameDe === null || nameEn === null || icon === null || category === null)
    return null;
  return { id, key, nameDe, nameEn, icon, category };
}

type Volume = Evaluation["totals"];

const noVolume: Volume = {
  sessions: 0,
  minutes: 0,
  avgDurationMin: 0,
  avgHr: null,
  kcal: 0,
  distanceKm: 0,
  load: 0,
};

/** The figures as shown: minutes, load and heart rate to a tenth, distance to 10 m. */
function volumeOf(row: VolumeRow): Volume {
  return {
    sessions: row.sessions,
    minutes: round(row.minutes, 1),
    avgDurationMin: round(row.avg_duration_min, 1),
    avgHr: row.avg_hr === null ? null : round(row.avg_hr, 1),
    kcal: round(row.kcal, 1),
    distanceKm: round(row.distance_km, 2),
    load: round(row.load, 1),
  };
}

/** Every Monday-based week touching the period, with the minutes per category of its sessions in the period. */
function weeksOf(period: Period, rows: readonly WeekRow[]): Evaluation["weeks"] {
  const byStart = new Map<string, WeekRow[]>();
  for (const row of rows) {
    const inWeek = byStart.get(row.week_start);
    if (inWeek) inWeek.push(row);
    else byStart.set(row.week_start, [row]);
  }
  const weeks: Evaluation["weeks"] = [];
  for (let start = mondayOf(period.from); start <= period.to; start = addDays(start, 7)) {
    const inWeek = byStart.get(start) ?? [];
    weeks.push({
      weekStart: start,
      minutes: Object.fromEntries(inWeek.map((r) => [r.category, round(r.minutes, 1)])),
      load: round(
        inWeek.reduce((sum, r) => sum + r.load, 0),
        1,
      ),
    });
  }
  return weeks;
}

function trendPoint(row: LoadDayRow) {
  const { acute, chronic, ratio } = acuteChronicRatio(row.acute, row.load28);
  return {
    acute: round(acute, 1),
    chronic: round(chronic, 1),
    ratio: ratio === null ? null : round(ratio, 2),
  };
}

/**
 * The evaluation of the actor's training in a period: volume per type, per category and in all,
 * the weeks, the daily load trend with the acute:chronic ratio, and the ability balance.
 * The database aggregates; only the per-period summaries come back.
 */
/**
 * Evaluations of recently asked periods, per profile: dropped when a session of that profile or any
 * training type changes (migration 0010's triggers announce both; see ChangeCache). A ten-year
 * evaluation takes tens of milliseconds to compute and is asked again whenever the page is shown.
 */
export function createEvaluationCache(changes: ChangeCache, max = 200) {
  const slot = changes.slot<string, Evaluation>(max);
  return {
    get: (profileId: string, period: Period, compute: () => Promise<Evaluation>): Promise<Evaluation> =>
      slot.getOrCompute(`${profileId}|${period.from}|${period.to}`, profileId, compute),
  };
}
export type EvaluationCache = ReturnType<typeof createEvaluationCache>;

export async function evaluateTraining(
  db: Database,
  actor: Actor,
  query: EvaluationQuery,
  cache?: EvaluationCache,
): Promise<Evaluation> {
  const period = evaluationPeriod(actor, query);
  const profileId = actor.profile.id;
  if (cache) return cache.get(profileId, period, () => compute(db, profileId, period));
  return compute(db, profileId, period);
}

async function compute(db: Database, profileId: string, period: Period): Promise<Evaluation> {
  const [volume, weekly, loadDays] = await Promise.all([
    volumeRows(db, profileId, period),
    weekRows(db, profileId, period),
    loadDayRows(db, profileId, period),
  ]);
  const typeRows = volume.filter((r) => r.level === groupingLevel.type);
  const totals = volume.find((r) => r.level === groupingLevel.total);
  const loadTrend = loadDays.map((row) => {
    const point = trendPoint(row);
    return { date: row.date, acute: point.acute, chronic: point.chronic, acwr: point.ratio };
  });
  const last = loadDays.at(-1);
  const balance = abilityBalance(typeRows.map((r) => ({ minutes: r.minutes, abilities: r.abilities })));
  return {
    ...period,
    totals: totals && totals.sessions > 0 ? volumeOf(totals) : noVolume,
    byType: typeRows.map((r) => ({ trainingType: typeRef(r), ...volumeOf(r) })),
    byCategory: volume
      .filter((r) => r.level === groupingLevel.category)
      .map((r) => ({ category: r.category, ...volumeOf(r) })),
    weeks: weeksOf(period, weekly),
    loadTrend,
    acwr: last ? trendPoint(last) : { acute: 0, chronic: 0, ratio: null },
    abilityBalance: {
      minutes: roundAbilities(balance.minutes, 1),
      share: roundAbilities(balance.share, 3),
    },
  };
}

function roundAbilities(v: Record<Ability, number>, digits: number): Record<Ability, number> {
  return {
    endurance: round(v.endurance, digits),
    strength: round(v.strength, digits),
    mobility: round(v.mobility, digits),
    coordination: round(v.coordination, digits),
    mind: round(v.mind, digits),
  };
}
