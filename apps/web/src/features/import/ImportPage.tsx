import type { ImportJob } from "@mitai/shared";
import { FileSpreadsheet, FileUp, History } from "lucide-react";
import { type DragEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useProfile } from "../../app/auth";
import { Card } from "../../components/Card";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Spinner } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { formatInstantDay } from "../../lib/dates";
import { formatTime } from "../blood-pressure/format";
import { ImportJobView, StatusBadge } from "./ImportJobView";
import { formatsFirst, sectionKind } from "./kinds";
import { SavedMappings } from "./SavedMappings";
import { useFormatName } from "./useFormatName";
import { isFinished, useImportJobs, useUploadImport } from "./useImport";

/**
 * The import tab: pick a file, watch it being read, check the preview, import. A job lives on the
 * server, so one still running (or waiting to be confirmed) is shown again when the tab opens.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const jobs = useImportJobs();
  // undefined: nothing chosen yet, so the newest open job (if any) is shown; null: none.
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const open = jobs.data?.find((job) => !isFinished(job.status));
  const activeId = chosen !== undefined ? chosen : (open?.id ?? null);
  const active = jobs.data?.find((job) => job.id === activeId);
  const past = (jobs.data ?? []).filter((job) => job.id !== activeId);
  // The page is a tab of several sections: the formats of the section it is opened in come first.
  const formats = formatsFirst(sectionKind(useLocation().pathname));

  return (
    <div className="import-layout">
      {activeId !== null && (
        <Card className="import-job-card" title={t("import.job.title")} titleId="import-job-title">
          <ImportJobView id={activeId} initial={active} onClose={() => setChosen(null)} />
        </Card>
      )}
      <Card className="import-pick" title={t("import.pick.title")} titleId="import-pick-title">
        <DropZone onStarted={setChosen} />
        <div className="import-formats">
          <h3 className="import-formats-title with-icon">
            <FileSpreadsheet size={18} aria-hidden="true" />
            {t("import.formats.title")}
          </h3>
          <ul className="import-formats-list">
            {formats.map((format) => (
              <li key={format}>
                <strong>{t(`import.formats.${format}`)}</strong>
                <span className="muted"> – {t(`import.formats.${format}What`)}</span>
                <p className="small muted">{t(`import.formats.${format}How`)}</p>
              </li>
            ))}
          </ul>
        </div>
      </Card>
      <div className="import-side">
        <Card className="import-history" title={t("import.history.title")} titleId="import-history-title">
          {jobs.isError && <ErrorMessage error={jobs.error} />}
          {jobs.data && past.length === 0 && <p className="muted">{t("import.history.empty")}</p>}
          {past.length > 0 && (
            <ul className="import-history-list" data-testid="import-history">
              {past.map((job) => (
                <HistoryRow key={job.id} job={job} onOpen={() => setChosen(job.id)} />
              ))}
            </ul>
          )}
        </Card>
        <SavedMappings />
      </div>
    </div>
  );
}

function DropZone({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const upload = useUploadImport();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const start = (file: File | undefined) => {
    if (!file) return;
    upload.mutate(file, { onSuccess: ({ id }) => onStarted(id) });
    if (input.current) input.current.value = "";
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    start(event.dataTransfer.files[0]);
  };

  return (
    <div className="stack-sm">
      <label
        htmlFor={inputId}
        className={["dropzone", over ? "dropzone-over" : "", upload.isPending ? "dropzone-busy" : ""]
          .filter(Boolean)
          .join(" ")}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span className="dropzone-icon" aria-hidden="true">
          {upload.isPending ? <Spinner size={28} /> : <FileUp size={28} />}
        </span>
        <span className="dropzone-title">
          {upload.isPending ? t("import.pick.uploading") : t("import.pick.choose")}
        </span>
        <span className="dropzone-hint" id={hintId}>
          {t("import.pick.hint")}
        </span>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,text/csv,.fit"
          className="visually-hidden"
          data-testid="import-file"
          aria-describedby={hintId}
          disabled={upload.isPending}
          onChange={(event) => start(event.target.files?.[0])}
        />
      </label>
      {upload.isError && <ErrorMessage error={upload.error} />}
    </div>
  );
}

function HistoryRow({ job, onOpen }: { job: ImportJob; onOpen: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const formatName = useFormatName();
  return (
    <li className="import-history-row">
      <History size={18} aria-hidden="true" className="import-history-icon" />
      <div className="import-history-main">
        <p className="import-history-name">{job.fileName}</p>
        <p className="small muted">
          <time dateTime={job.createdAt}>
            {formatInstantDay(job.createdAt, locale, profile.timeZone)}, {formatTime(job.createdAt, locale)}
          </time>
          {formatName(job) && ` · ${formatName(job)}`}
          {job.status === "done" && ` · ${t("import.history.added", { count: job.counts.new })}`}
        </p>
      </div>
      <StatusBadge status={job.status} />
      {!isFinished(job.status) && (
        <button type="button" className="text-link import-history-open" onClick={onOpen}>
          {t("import.history.open")}
        </button>
      )}
    </li>
  );
}
