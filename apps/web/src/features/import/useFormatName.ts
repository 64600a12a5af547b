import type { ImportJob } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { knownFormat } from "./kinds";

/** A job's format in the user's language; the server's own label for a format the web does not know. */
export function useFormatName(): (job: Pick<ImportJob, "format" | "formatLabel">) => string | null {
  const { t } = useTranslation();
  return (job) => {
    const known = knownFormat(job.format);
    return known ? t(`import.formatNames.${known}`) : job.formatLabel;
  };
}
