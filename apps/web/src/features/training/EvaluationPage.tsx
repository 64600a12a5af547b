import { todayIn } from "@mitai/shared";
import { ChartColumn, ListPlus } from "lucide-react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useProfile } from "../../app/auth";
import { ButtonLink } from "../../components/Button";
import { Card } from "../../components/Card";
import { EmptyState } from "../../components/EmptyState";
import { RetryError } from "../../components/QueryStates";
import { Skeleton } from "../../components/Spinner";
import { EvaluationAbilityRadar } from "./EvaluationAbilityRadar";
import { EvaluationLoadChart } from "./EvaluationLoadChart";
import { EvaluationPeriodPicker } from "./EvaluationPeriodPicker";
import { EvaluationSummary } from "./EvaluationSummary";
import { EvaluationCategoryTable, EvaluationTypeTable } from "./EvaluationTables";
import { EvaluationWeeksChart } from "./EvaluationWeeksChart";
import { useEvaluationFormat } from "./evaluationFormat";
import { type PeriodChoice, periodFromParams, periodParams } from "./evaluationPeriod";
import { useEvaluation } from "./useEvaluation";

/**
 * The evaluation of a period (a tab of the training section, whose header names the page): the
 * period in the address, so a reload or a shared link shows the same.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const [params, setParams] = useSearchParams();
  const choice = periodFromParams(params, today);
  const query = useEvaluation(choice.range);
  const format = useEvaluationFormat();
  const choose = (next: PeriodChoice) => setParams(periodParams(next), { replace: true });

  return (
    <div className="eval-page" data-testid="evaluation-page">
      <EvaluationPeriodPicker
        key={choice.period === "custom" ? "custom" : "preset"}
        choice={choice}
        today={today}
        onChange={choose}
      />
      {query.isPending && (
        <div className="stack" role="status" aria-label={t("common.loading")}>
          <Skeleton height={96} />
          <Skeleton height={280} />
        </div>
      )}
      {query.isError && !query.data && <RetryError error={query.error} retry={query.refetch} />}
      {query.data && query.data.totals.sessions === 0 && (
        <Card>
          <EmptyState
            icon={<ChartColumn size={28} />}
            title={t("evaluation.empty.title")}
            text={t("evaluation.empty.text")}
            action={
              <ButtonLink to="/training/log" icon={<ListPlus size={18} aria-hidden="true" />}>
                {t("evaluation.empty.action")}
              </ButtonLink>
            }
          />
        </Card>
      )}
      {query.data && query.data.totals.sessions > 0 && (
        <div
          className={query.isPlaceholderData ? "eval-results eval-stale" : "eval-results"}
          aria-busy={query.isPlaceholderData || undefined}
        >
          <EvaluationSummary data={query.data} format={format} />
          <div className="eval-grid">
            <Card className="eval-wide" title={t("evaluation.weeks.title")} titleId="eval-weeks-title">
              <EvaluationWeeksChart weeks={query.data.weeks} format={format} />
            </Card>
            <Card
              title={t("evaluation.load.title")}
              titleId="eval-load-title"
              description={t("evaluation.load.description")}
            >
              <EvaluationLoadChart trend={query.data.loadTrend} format={format} />
            </Card>
            <Card
              title={t("evaluation.abilities.title")}
              titleId="eval-abilities-title"
              description={t("evaluation.abilities.description")}
            >
              <EvaluationAbilityRadar balance={query.data.abilityBalance} format={format} />
            </Card>
            <Card className="eval-wide" title={t("evaluation.table.byType")} titleId="eval-types-title">
              <EvaluationTypeTable data={query.data} format={format} />
            </Card>
            <Card
              className="eval-wide"
              title={t("evaluation.table.byCategory")}
              titleId="eval-categories-title"
            >
              <EvaluationCategoryTable data={query.data} format={format} />
            </Card>
          </div>
        </div>
      )}
    </div>
  );
}
