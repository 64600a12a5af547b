import { todayIn, type VitalsEntry, type VitalsMetric, vitalsMetrics } from "@mitai/shared";
import { ChevronDown, ListX, Pencil, Trash, TriangleAlert } from "lucide-react";
import { useEffect, useId, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button, IconButton } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { ApiError } from "../../lib/apiError";
import { formatListDay, relativeDay } from "../../lib/dates";
import { formatMetric } from "./format";
import { useUpdateVitals, useVitalsPages } from "./useVitals";
import { VitalsFields } from "./VitalsFields";
import { vitalsFormFields, vitalsFormSchema, vitalsFormValues } from "./vitalsForm";

type VitalsListProps = {
  /** The row being edited in place, if any. */
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: VitalsEntry) => void;
};

export function VitalsList({ editingId, onEdit, onDelete }: VitalsListProps) {
  const { t } = useTranslation();
  const pages = useVitalsPages();

  if (pages.isPending) return <LoadingRows rows={4} height={56} />;
  if (pages.isError) return <RetryError error={pages.error} retry={pages.refetch} />;
  const entries = pages.data.pages.flat();
  if (entries.length === 0) {
    return (
      <div data-testid="vitals-empty">
        <EmptyState
          icon={<ListX size={28} />}
          title={t("vitals.list.empty")}
          text={t("vitals.list.emptyText")}
        />
      </div>
    );
  }

  return (
    <>
      <ul className="vitals-list" data-testid="vitals-list">
        {entries.map((entry) =>
          entry.id === editingId ? (
            <EditRow key={entry.id} entry={entry} onDone={() => onEdit(null)} />
          ) : (
            <VitalsRow key={entry.id} entry={entry} onEdit={() => onEdit(entry.id)} onDelete={onDelete} />
          ),
        )}
      </ul>
      {pages.hasNextPage && (
        <div className="list-more">
          <Button
            variant="ghost"
            loading={pages.isFetchingNextPage}
            icon={<ChevronDown size={18} aria-hidden="true" />}
            onClick={() => void pages.fetchNextPage()}
          >
            {t("vitals.list.more")}
          </Button>
        </div>
      )}
    </>
  );
}

function RowDate({ entry, id }: { entry: VitalsEntry; id?: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const day = relativeDay(entry.date, today);
  return (
    <time id={id} dateTime={entry.date} className="weight-row-date">
      {day && <span className="weight-row-day">{t(`common.${day}`)} · </span>}
      {formatListDay(entry.date, today, locale)}
    </time>
  );
}

type RowProps = { entry: VitalsEntry; onEdit: () => void; onDelete: (entry: VitalsEntry) => void };

function VitalsRow({ entry, onEdit, onDelete }: RowProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const dateId = useId();
  const measured = vitalsMetrics.filter((metric) => entry[metric] !== null);
  const flagged = measured.some((metric) => entry.analysis[metric]?.flagged);
  return (
    <li className={flagged ? "vitals-row vitals-row-flagged" : "vitals-row"} data-testid="vitals-row">
      <div className="vitals-row-head">
        <RowDate entry={entry} id={dateId} />
        {entry.note && <p className="weight-row-note">{entry.note}</p>}
      </div>
      <dl className="vitals-row-values">
        {measured.map((metric) => (
          <Value key={metric} metric={metric} entry={entry} locale={locale} />
        ))}
      </dl>
      <div className="weight-row-actions">
        <IconButton
          label={t("common.edit")}
          aria-describedby={dateId}
          icon={<Pencil size={18} aria-hidden="true" />}
          onClick={onEdit}
        />
        <IconButton
          label={t("common.delete")}
          aria-describedby={dateId}
          tone="danger"
          icon={<Trash size={18} aria-hidden="true" />}
          onClick={() => onDelete(entry)}
        />
      </div>
    </li>
  );
}

function Value({ metric, entry, locale }: { metric: VitalsMetric; entry: VitalsEntry; locale: string }) {
  const { t } = useTranslation();
  const value = entry[metric];
  const analysis = entry.analysis[metric];
  if (value === null) return null;
  const flagged = analysis?.flagged ?? false;
  const delta = analysis?.baseline28?.delta ?? 0;
  return (
    <div
      className={flagged ? "vitals-value vitals-value-flagged" : "vitals-value"}
      data-testid={flagged ? "vitals-flag" : undefined}
      data-metric={metric}
    >
      <dt>{t(`vitals.short.${metric}`)}</dt>
      <dd className="tabular">
        {flagged && <TriangleAlert size={14} aria-hidden="true" />}
        {formatMetric(value, metric, locale)}
        <span className="vitals-value-unit">{t(`vitals.units.${metric}`)}</span>
        {flagged && (
          <span className="visually-hidden">
            {" "}
            ({t(delta > 0 ? "vitals.list.flaggedUp" : "vitals.list.flaggedDown")})
          </span>
        )}
      </dd>
    </div>
  );
}

/** A row turned into its inputs in place: save or cancel, Escape cancels too. */
function EditRow({ entry, onDone }: { entry: VitalsEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const today = todayIn(profile.timeZone);
  const update = useUpdateVitals();
  const schema = useMemo(() => vitalsFormSchema(today), [today]);
  const form = useSchemaForm(schema, vitalsFormValues(entry, locale));
  const { errors } = form.formState;
  const ref = useRef<HTMLLIElement>(null);
  const titleId = useId();

  useEffect(() => {
    const row = ref.current;
    row?.scrollIntoView({ block: "nearest" });
    row?.querySelector<HTMLInputElement>("input")?.focus({ preventScroll: true });
  }, []);

  const onSubmit = form.handleSubmit((body) => {
    update.mutate(
      { id: entry.id, body },
      {
        onSuccess: () => {
          toast.show(t("vitals.edit.saved"));
          onDone();
        },
        onError: (error) => applyServerFieldErrors(error, form.setError, vitalsFormFields),
      },
    );
  });

  const duplicate = update.error instanceof ApiError && update.error.code === "duplicate_date";

  return (
    <li className="vitals-row vitals-row-editing" ref={ref}>
      <form
        className="vitals-edit"
        data-testid="vitals-row-edit"
        aria-labelledby={titleId}
        noValidate
        onSubmit={onSubmit}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            onDone();
          }
        }}
      >
        <p className="vitals-edit-title" id={titleId}>
          <Pencil size={16} aria-hidden="true" />
          <span>
            {t("vitals.edit.title")} – <RowDate entry={entry} />
          </span>
        </p>
        <VitalsFields register={form.register} errors={errors} today={today} compact />
        {update.isError && (
          <ErrorMessage
            error={
              duplicate ? new ApiError(409, "vitals_duplicate", t("vitals.form.duplicate")) : update.error
            }
          />
        )}
        <div className="vitals-edit-actions">
          <Button variant="secondary" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
        </div>
      </form>
    </li>
  );
}
