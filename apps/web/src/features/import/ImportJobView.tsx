import type { ImportJob, ImportStatus } from "@mitai/shared";
import { CircleCheck, Columns3, FileWarning, Upload, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, ButtonLink } from "../../components/Button";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { ApiError } from "../../lib/apiError";
import { formatNumber } from "../../lib/number";
import { Counts, KindCounts } from "./ImportCounts";
import { KindIcon } from "./KindIcon";
import { addedKinds, jobKinds, kindPages, rowNoun, showsKindCounts } from "./kinds";
import { MappingForm } from "./MappingForm";
import { PreviewTables } from "./PreviewTables";
import { progressPercent } from "./preview";
import { useFormatName } from "./useFormatName";
import { isRunning, useCancelImport, useCommitImport, useImportJob } from "./useImport";

type ImportJobViewProps = { id: string; initial: ImportJob | undefined; onClose: () => void };

/** One import from analysis to its end: progress, the check before importing, the result. */
export function ImportJobView({ id, initial, onClose }: ImportJobViewProps) {
  const { t } = useTranslation();
  const query = useImportJob(id);
  const formatName = useFormatName();
  const job = query.data ?? initial;
  const view = useRef<HTMLDivElement>(null);
  const status = job?.status;
  // A step that replaces a longer one (the mapping form, the preview) leaves the page scrolled
  // past the job: bring its card back into view.
  useEffect(() => {
    const card = view.current?.closest(".card");
    if (status && card && card.getBoundingClientRect().top < 0) card.scrollIntoView({ block: "start" });
  }, [status]);
  if (!job) {
    if (query.isError) return <ErrorMessage error={query.error} />;
    return (
      <div role="status" aria-label={t("common.loading")}>
        <Skeleton height={96} />
      </div>
    );
  }
  return (
    <div className="import-job" data-status={job.status} data-testid="import-job" ref={view}>
      <div className="import-job-head">
        <p className="import-job-file">
          <strong>{job.fileName}</strong>
          {formatName(job) && <span className="muted"> · {formatName(job)}</span>}
        </p>
        <StatusBadge status={job.status} />
      </div>
      {isRunning(job.status) && <Progress job={job} />}
      {job.status === "ready" && <ReadyStep job={job} />}
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

/**
 * A ready job: a generic CSV without a mapping (or one whose mapping the user wants to change)
 * asks for its columns first; every other shows its counts and preview.
 */
function ReadyStep({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const toast = useToast();
  const cancel = useCancelImport();
  const [changing, setChanging] = useState(false);
  if (job.generic && (job.needsMapping || changing)) {
    // Without a mapping there is nothing to go back to: cancelling drops the import.
    const onCancel = job.needsMapping
      ? () => cancel.mutate(job.id, { onSuccess: () => toast.show(t("import.cancelDone")) })
      : () => setChanging(false);
    return (
      <>
        <MappingForm
          job={job}
          file={job.generic}
          onCancel={onCancel}
          cancelling={cancel.isPending}
          onSubmitted={() => setChanging(false)}
        />
        {cancel.isError && <ErrorMessage error={cancel.error} />}
      </>
    );
  }
  return <Ready job={job} onChangeMapping={job.generic?.mapping ? () => setChanging(true) : undefined} />;
}

function Ready({ job, onChangeMapping }: { job: ImportJob; onChangeMapping: (() => void) | undefined }) {
  const { t } = useTranslation();
  const toast = useToast();
  const commit = useCommitImport();
  const cancel = useCancelImport();
  const nothing = job.counts.new === 0;
  const kinds = job.kinds.filter((k) => k.new + k.duplicate > 0);
  const mapping = job.generic?.mapping;
  return (
    <>
      {mapping && onChangeMapping && (
        <div className="import-mapped" data-testid="import-mapped">
          <p className="with-icon">
            <KindIcon kind={mapping.kind} />
            {t("import.mapping.mappedAs", { kind: t(`import.kind.${mapping.kind}`) })}
          </p>
          <Button
            variant="ghost"
            size="sm"
            data-testid="import-change-mapping"
            icon={<Columns3 size={18} aria-hidden="true" />}
            onClick={onChangeMapping}
          >
            {t("import.mapping.change")}
          </Button>
        </div>
      )}
      <Counts job={job} />
      {showsKindCounts(kinds) && <KindCounts kinds={kinds} />}
      {nothing && <Notice>{t("import.nothingNew")}</Notice>}
      {job.preview.length > 0 && <PreviewTables rows={job.preview} order={jobKinds(job)} />}
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
            {t(`import.commit.${rowNoun(addedKinds(job))}`, { count: job.counts.new })}
          </Button>
        )}
      </div>
    </>
  );
}

function Done({ job, onClose }: { job: ImportJob; onClose: () => void }) {
  const { t } = useTranslation();
  const added = addedKinds(job);
  return (
    <div className="import-done" data-testid="import-done">
      <CircleCheck size={32} aria-hidden="true" className="import-done-icon" />
      <p className="import-done-title">
        {t(`import.done.title.${rowNoun(added)}`, { count: job.counts.new })}
      </p>
      <p className="muted">
        {t("import.done.text", { duplicate: job.counts.duplicate, invalid: job.counts.invalid })}
      </p>
      <div className="import-actions">
        <Button variant="secondary" onClick={onClose}>
          {t("import.another")}
        </Button>
        {added.map((kind) => (
          <ButtonLink
            key={kind}
            to={kindPages[kind]}
            data-testid={`import-open-${kind}`}
            icon={<KindIcon kind={kind} />}
          >
            {t(`import.done.open.${kind}`)}
          </ButtonLink>
        ))}
      </div>
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
