import {
  type BloodPressureClass,
  bloodPressureClasses,
  type ImportJob,
  type ImportStatus,
} from "@mitai/shared";
import { Check, CircleCheck, FileWarning, Upload, X } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Button, ButtonLink } from "../../components/Button";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { ApiError } from "../../lib/apiError";
import { formatDay } from "../../lib/dates";
import { formatNumber } from "../../lib/number";
import { ClassBadge } from "../blood-pressure/ClassBadge";
import { formatTime } from "../blood-pressure/format";
import { previewColumns, progressPercent } from "./preview";
import { isRunning, useCancelImport, useCommitImport, useImportJob } from "./useImport";

type ImportJobViewProps = { id: string; initial: ImportJob | undefined; onClose: () => void };

/** One import from analysis to its end: progress, the check before importing, the result. */
export function ImportJobView({ id, initial, onClose }: ImportJobViewProps) {
  const { t } = useTranslation();
  const query = useImportJob(id);
  const job = query.data ?? initial;
  if (!job) {
    if (query.isError) return <ErrorMessage error={query.error} />;
    return (
      <div role="status" aria-label={t("common.loading")}>
        <Skeleton height={96} />
      </div>
    );
  }
  return (
    <div className="import-job" data-status={job.status} data-testid="import-job">
      <div className="import-job-head">
        <p className="import-job-file">
          <strong>{job.fileName}</strong>
          {job.formatLabel && <span className="muted"> · {job.formatLabel}</span>}
        </p>
        <StatusBadge status={job.status} />
      </div>
      {isRunning(job.status) && <Progress job={job} />}
      {job.status === "ready" && <Ready job={job} />}
      {job.status === "done" && <Done job={job} onClose={onClose} />}
      {job.status === "failed" && (
        <>
          <ErrorMessage
            error={
              new ApiError(
                500,
                "import_failed",
                t("import.failed", { error: job.error ?? t("errors.internal_error") }),
              )
            }
          />
          <Button variant="secondary" onClick={onClose}>
            {t("import.another")}
          </Button>
        </>
      )}
      {job.status === "cancelled" && (
        <>
          <Notice>{t("import.cancelled")}</Notice>
          <Button variant="secondary" onClick={onClose}>
            {t("import.another")}
          </Button>
        </>
      )}
    </div>
  );
}

export function StatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge import-status import-status-${status}`}>{t(`import.status.${status}`)}</span>
  );
}

function Progress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const percent = progressPercent(job.progress.bytesRead, job.progress.totalBytes);
  const label = t(job.status === "committing" ? "import.progress.committing" : "import.progress.analyzing");
  return (
    <div className="import-progress" data-testid="import-progress">
      <div className="import-progress-text">
        <span>{label}</span>
        <span className="tabular">
          {percent === null ? "" : `${formatNumber(percent, locale, { maxDigits: 0 })} %`}
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <span className="progress-bar" style={{ width: `${percent ?? 0}%` }} />
      </div>
      <p className="small muted tabular">{t("import.progress.rows", { count: job.progress.rows })}</p>
    </div>
  );
}

function Counts({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const items = [
    { key: "new", value: job.counts.new },
    { key: "duplicate", value: job.counts.duplicate },
    { key: "invalid", value: job.counts.invalid },
  ] as const;
  return (
    <dl className="import-counts" data-testid="import-counts">
      {items.map(({ key, value }) => (
        <div key={key} className={`import-count import-count-${key}`} data-count={key}>
          <dt>{t(`import.counts.${key}`)}</dt>
          <dd className="tabular">{formatNumber(value, locale, { maxDigits: 0 })}</dd>
        </div>
      ))}
    </dl>
  );
}

function Ready({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const toast = useToast();
  const commit = useCommitImport();
  const cancel = useCancelImport();
  const nothing = job.counts.new === 0;
  return (
    <>
      <Counts job={job} />
      {nothing && <Notice>{t("import.nothingNew")}</Notice>}
      {job.preview.length > 0 && <PreviewTable rows={job.preview} />}
      {job.errors.length > 0 && <Errors job={job} />}
      {commit.isError && <ErrorMessage error={commit.error} />}
      {cancel.isError && <ErrorMessage error={cancel.error} />}
      <div className="import-actions">
        <Button
          variant="secondary"
          data-testid="import-cancel"
          loading={cancel.isPending}
          icon={<X size={18} aria-hidden="true" />}
          onClick={() => cancel.mutate(job.id, { onSuccess: () => toast.show(t("import.cancelDone")) })}
        >
          {t(nothing ? "import.discard" : "common.cancel")}
        </Button>
        {!nothing && (
          <Button
            data-testid="import-commit"
            loading={commit.isPending}
            icon={<Upload size={18} aria-hidden="true" />}
            onClick={() => commit.mutate(job.id)}
          >
            {t("import.commit", { count: job.counts.new })}
          </Button>
        )}
      </div>
    </>
  );
}

function Done({ job, onClose }: { job: ImportJob; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="import-done" data-testid="import-done">
      <CircleCheck size={32} aria-hidden="true" className="import-done-icon" />
      <p className="import-done-title">{t("import.done.title", { count: job.counts.new })}</p>
      <p className="muted">
        {t("import.done.text", { duplicate: job.counts.duplicate, invalid: job.counts.invalid })}
      </p>
      <div className="import-actions">
        <Button variant="secondary" onClick={onClose}>
          {t("import.another")}
        </Button>
        <ButtonLink to="/vitals/blood-pressure" icon={<Check size={18} aria-hidden="true" />}>
          {t("import.done.open")}
        </ButtonLink>
      </div>
    </div>
  );
}

const columnKeys = [
  "measuredAt",
  "date",
  "systolic",
  "diastolic",
  "pulse",
  "irregularHeartbeat",
  "note",
  "classification",
] as const;
type KnownColumn = (typeof columnKeys)[number];
const isKnown = (key: string): key is KnownColumn => columnKeys.some((k) => k === key);
const isClass = (value: unknown): value is BloodPressureClass =>
  bloodPressureClasses.some((cls) => cls === value);
const numeric = new Set(["systolic", "diastolic", "pulse"]);

function PreviewTable({ rows }: { rows: ImportJob["preview"] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const columns = previewColumns(rows, columnKeys);
  const cell = (key: string, value: ImportJob["preview"][number][string]) => {
    if (value === null || value === undefined || value === "") return <span className="muted">–</span>;
    if (key === "classification" && isClass(value)) return <ClassBadge cls={value} />;
    if (typeof value === "boolean")
      return value ? t("import.yes") : <span className="muted">{t("import.no")}</span>;
    if (key === "measuredAt" && typeof value === "string") {
      return (
        <time dateTime={value}>
          {formatDay(value.slice(0, 10), locale, "medium")}, {formatTime(value, locale)}
        </time>
      );
    }
    if (key === "date" && typeof value === "string") return formatDay(value, locale, "medium");
    if (typeof value === "number") return formatNumber(value, locale, { maxDigits: 2 });
    return value;
  };
  return (
    <div className="import-preview">
      <h3 className="import-subtitle">{t("import.preview.title")}</h3>
      {/* A wide table scrolls inside its frame; the frame is focusable so keyboards can scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label={t("import.preview.title")}>
        <table className="table" data-testid="import-preview">
          <caption className="visually-hidden">{t("import.preview.caption", { count: rows.length })}</caption>
          <thead>
            <tr>
              {columns.map((key) => (
                <th key={key} scope="col" className={numeric.has(key) ? "num" : undefined}>
                  {isKnown(key) ? t(`import.columns.${key}`) : key}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no id and never move
              <tr key={i}>
                {columns.map((key) => (
                  <td key={key} className={numeric.has(key) ? "num tabular" : undefined}>
                    {cell(key, row[key] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="small muted">{t("import.preview.caption", { count: rows.length })}</p>
    </div>
  );
}

function Errors({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  return (
    <details className="import-errors" data-testid="import-errors" open={job.errors.length <= 5}>
      <summary className="with-icon">
        <FileWarning size={18} aria-hidden="true" />
        {t("import.errors.title", { count: job.counts.invalid })}
      </summary>
      <ul>
        {job.errors.map((error) => (
          <li key={`${error.row}-${error.reason}`}>
            <span className="import-error-row tabular">{t("import.errors.row", { row: error.row })}</span>
            <span>{error.reason}</span>
          </li>
        ))}
      </ul>
      {job.counts.invalid > job.errors.length && (
        <p className="small muted">{t("import.errors.more", { count: job.errors.length })}</p>
      )}
    </details>
  );
}
