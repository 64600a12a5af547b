import type { CategorizeResult, UncategorizedName } from "@mitai/shared";
import { PartyPopper } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/Button";
import { Card } from "../../components/Card";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { useLocale } from "../../i18n";
import { typeName } from "./format";
import { TypePicker } from "./TypePicker";
import { useCategorize, useUncategorizedNames } from "./useTraining";
import { useActivityDay } from "./useTrainingFormat";

/** The names sessions were imported or typed with that have no type yet: one pick sorts them all. */
export function CategorizePage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const names = useUncategorizedNames();
  const categorize = useCategorize();
  const [done, setDone] = useState<CategorizeResult | null>(null);

  const choose = (name: string, trainingTypeId: string | null) => {
    if (trainingTypeId === null) return;
    setDone(null);
    categorize.mutate({ name, trainingTypeId }, { onSuccess: setDone });
  };

  return (
    <Card
      className="categorize-card"
      title={t("training.categorize.title")}
      titleId="categorize-title"
      description={t("training.categorize.intro")}
    >
      <div className="stack">
        <div aria-live="polite" data-testid="categorize-result">
          {done && (
            <Notice tone="success">
              {t("training.categorize.done", {
                count: done.updated,
                name: done.mapping.name,
                type: typeName(done.mapping.trainingType, language),
              })}
            </Notice>
          )}
        </div>
        {categorize.isError && <ErrorMessage error={categorize.error} />}
        {names.isPending && <LoadingRows rows={3} height={88} />}
        {names.isError && <RetryError error={names.error} retry={names.refetch} />}
        {names.data?.length === 0 && (
          <div data-testid="categorize-empty">
            <EmptyState
              icon={<PartyPopper size={28} />}
              title={t("training.categorize.empty")}
              text={t("training.categorize.emptyText")}
              action={
                <ButtonLink to="/training/log" variant="secondary">
                  {t("training.categorize.toLog")}
                </ButtonLink>
              }
            />
          </div>
        )}
        {names.data && names.data.length > 0 && (
          <ul className="categorize-list" data-testid="categorize-list">
            {names.data.map((item) => (
              <NameRow
                key={item.name}
                item={item}
                busy={categorize.isPending && categorize.variables?.name === item.name}
                onChoose={(id) => choose(item.name, id)}
              />
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}

type NameRowProps = { item: UncategorizedName; busy: boolean; onChoose: (id: string | null) => void };

function NameRow({ item, busy, onChoose }: NameRowProps) {
  const { t } = useTranslation();
  const day = useActivityDay();
  return (
    <li className="categorize-row" data-testid="categorize-row">
      <div className="categorize-row-head">
        <p className="categorize-name">{item.name}</p>
        <p className="categorize-meta tabular">
          {t("training.categorize.count", { count: item.count })} ·{" "}
          {t("training.categorize.last", { date: day(item.lastDate) })}
        </p>
      </div>
      <TypePicker
        label={t("training.categorize.pick", { name: item.name })}
        hideLabel
        value={null}
        busy={busy}
        onChange={onChoose}
        triggerTestId="categorize-pick"
      />
    </li>
  );
}
