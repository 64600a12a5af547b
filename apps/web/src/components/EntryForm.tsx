import { Check, Pencil } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../i18n";
import { ApiError } from "../lib/apiError";
import { formatDay, relativeDay } from "../lib/dates";
import { Button } from "./Button";
import { ErrorMessage, useErrorText } from "./ErrorMessage";
import { useToast } from "./Toast";

/**
 * A failed save, with the server's "this day already has an entry" said in the page's words: the
 * shared text of that code speaks of weights.
 */
export function dayEntryError(error: unknown, duplicate: { code: string; message: string }): unknown {
  const isDuplicate = error instanceof ApiError && error.code === "duplicate_date";
  return isDuplicate ? new ApiError(409, duplicate.code, duplicate.message) : error;
}

/** The day of a saved entry for its toast: "today", "yesterday" or the short date. */
export function useSavedDayLabel(today: string): (date: string) => string {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (date) => {
    const day = relativeDay(date, today);
    return day ? t(`common.relative.${day}`) : formatDay(date, locale, "short");
  };
}

type EntrySubmitProps = {
  label: string;
  saving: boolean;
  /** The failed save to show, or null. */
  error: unknown;
  /** How to say that the day already has an entry, for entries kept one a day. */
  duplicate?: { code: string; message: string };
  /** Offered when the day is taken: open that day's entry instead (see useEditExistingDay). */
  editExisting?: { label: string; finding: boolean; onClick: () => void };
};

/** The end of a new-entry form: why the last save failed, then the one big save button. */
export function EntrySubmit({ label, saving, error, duplicate, editExisting }: EntrySubmitProps) {
  const shown = duplicate ? dayEntryError(error, duplicate) : error;
  return (
    <>
      {error != null && (
        <ErrorMessage
          error={shown}
          action={
            editExisting && shown !== error ? (
              <Button
                variant="secondary"
                size="sm"
                loading={editExisting.finding}
                icon={<Pencil size={16} aria-hidden="true" />}
                onClick={editExisting.onClick}
              >
                {editExisting.label}
              </Button>
            ) : undefined
          }
        />
      )}
      <Button type="submit" size="lg" block loading={saving} icon={<Check size={20} aria-hidden="true" />}>
        {label}
      </Button>
    </>
  );
}

/** Finds the entry of a day that already has one, then hands its id on; a failed lookup is a toast. */
export function useEditExistingDay(
  fetchOn: (date: string) => Promise<{ id: string } | null>,
  onFound: (id: string) => void,
) {
  const toast = useToast();
  const errorText = useErrorText();
  const [finding, setFinding] = useState(false);

  const editExisting = async (date: string) => {
    setFinding(true);
    try {
      const entry = await fetchOn(date);
      if (entry) onFound(entry.id);
    } catch (error) {
      toast.show(errorText(error), "error");
    } finally {
      setFinding(false);
    }
  };

  return { finding, editExisting };
}
