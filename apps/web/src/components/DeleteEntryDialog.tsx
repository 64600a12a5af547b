import type { UseMutationResult } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "./Dialog";
import { ErrorMessage } from "./ErrorMessage";
import { useToast } from "./Toast";

type EntryDeletion<Entry> = {
  /** The entry the dialog asks about, or null while it is closed. */
  deleting: Entry | null;
  ask: (entry: Entry) => void;
  confirm: () => void;
  close: () => void;
  busy: boolean;
  error: unknown;
};

/** Asking before an entry is deleted: the entry in question, then the delete with a toast when done. */
export function useEntryDeletion<Entry>(
  remove: UseMutationResult<void, Error, Entry>,
  doneText: string,
): EntryDeletion<Entry> {
  const toast = useToast();
  const [deleting, setDeleting] = useState<Entry | null>(null);
  return {
    deleting,
    ask: (entry) => {
      remove.reset();
      setDeleting(entry);
    },
    confirm: () => {
      if (deleting === null) return;
      remove.mutate(deleting, {
        onSuccess: () => {
          toast.show(doneText);
          setDeleting(null);
        },
      });
    },
    close: () => setDeleting(null),
    busy: remove.isPending,
    error: remove.isError ? remove.error : null,
  };
}

type DeleteEntryDialogProps<Entry> = {
  deletion: EntryDeletion<Entry>;
  title: string;
  message: (entry: Entry) => string;
};

/** The "delete this entry?" dialog of a useEntryDeletion. */
export function DeleteEntryDialog<Entry>({ deletion, title, message }: DeleteEntryDialogProps<Entry>) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={deletion.deleting !== null}
      title={title}
      message={deletion.deleting !== null ? message(deletion.deleting) : ""}
      confirmLabel={t("common.delete")}
      confirmTestId="confirm-delete"
      busy={deletion.busy}
      error={deletion.error ? <ErrorMessage error={deletion.error} /> : null}
      onConfirm={deletion.confirm}
      onClose={deletion.close}
    />
  );
}
