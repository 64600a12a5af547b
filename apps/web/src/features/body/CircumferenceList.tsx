import { type CircumferenceEntry, circumferencePoints, todayIn } from "@mitai/shared";
import { ChevronDown, ListX, Pencil, Trash } from "lucide-react";
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
import { formatNumber } from "../../lib/number";
import { CircumferenceFields } from "./CircumferenceFields";
import {
  circumferenceFormFields,
  circumferenceFormSchema,
  circumferenceFormValues,
} from "./circumferenceForm";
import { DerivedFigures } from "./DerivedFigures";
import { RowDate } from "./RowDate";
import { useCircumferencePages, useUpdateCircumference } from "./useCircumferences";

type CircumferenceListProps = {
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: CircumferenceEntry) => void;
};

export function CircumferenceList({ editingId, onEdit, onDelete }: CircumferenceListProps) {
  const { t } = useTranslation();
  const pages = useCircumferencePages();

  if (pages.isPending) return <LoadingRows rows={3} height={72} />;
  if (pages.isError) return <RetryError error={pages.error} retry={pages.refetch} />;
  const entries = pages.data.pages.flat();
  if (entries.length === 0) {
    return (
      <div data-testid="circumference-empty">
        <EmptyState
          icon={<ListX size={28} />}
          title={t("body.circumference.list.empty")}
          text={t("body.circumference.list.emptyText")}
        />
      </div>
    );
  }

  return (
    <>
      <ul className="vitals-list" data-testid="circumference-list">
        {entries.map((entry) =>
          entry.id === editingId ? (
            <EditRow key={entry.id} entry={entry} onDone={() => onEdit(null)} />
          ) : (
            <Row key={entry.id} entry={entry} onEdit={() => onEdit(entry.id)} onDelete={onDelete} />
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
            {t("body.circumference.list.more")}
          </Button>
        </div>
      )}
    </>
  );
}

type RowProps = {
  entry: CircumferenceEntry;
  onEdit: () => void;
  onDelete: (entry: CircumferenceEntry) => void;
};

function Row({ entry, onEdit, onDelete }: RowProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const dateId = useId();
  return (
    <li
      className={`vitals-row girth-row girth-row-${entry.derived.waistHeightRisk ?? "none"}`}
      data-testid="circumference-row"
    >
      <div className="vitals-row-head">
        <RowDate date={entry.date} id={dateId} />
        {entry.note && <p className="weight-row-note">{entry.note}</p>}
      </div>
      <div className="girth-row-body">
        <dl className="vitals-row-values">
          {circumferencePoints.map((point) => {
            const value = entry[point];
            if (value === null) return null;
            return (
              <div key={point} className="vitals-value" data-point={point}>
                <dt>{t(`body.points.${point}`)}</dt>
                <dd className="tabular">
                  {formatNumber(value, locale, { maxDigits: 1 })}
                  <span className="vitals-value-unit">{t("body.units.cm")}</span>
                </dd>
              </div>
            );
          })}
        </dl>
        <DerivedFigures derived={entry.derived} />
      </div>
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

/** A row turned into its inputs in place: save or cancel, Escape cancels too. */
function EditRow({ entry, onDone }: { entry: CircumferenceEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const today = todayIn(profile.timeZone);
  const update = useUpdateCircumference();
  const schema = useMemo(() => circumferenceFormSchema(today), [today]);
  const form = useSchemaForm(schema, circumferenceFormValues(entry, locale));
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
          toast.show(t("body.circumference.edit.saved"));
          onDone();
        },
        onError: (error) => applyServerFieldErrors(error, form.setError, circumferenceFormFields),
      },
    );
  });

  const duplicate = update.error instanceof ApiError && update.error.code === "duplicate_date";

  return (
    <li className="vitals-row vitals-row-editing" ref={ref}>
      <form
        className="vitals-edit girth-edit"
        data-testid="circumference-row-edit"
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
            {t("body.circumference.edit.title")} – <RowDate date={entry.date} />
          </span>
        </p>
        <CircumferenceFields register={form.register} errors={errors} today={today} compact />
        {update.isError && (
          <ErrorMessage
            error={
              duplicate
                ? new ApiError(409, "circumference_duplicate", t("body.circumference.form.duplicate"))
                : update.error
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
