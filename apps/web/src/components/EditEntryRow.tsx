import { todayIn } from "@mitai/shared";
import { Pencil } from "lucide-react";
import { type ReactNode, useEffect, useId, useMemo, useRef } from "react";
import type {
  Control,
  DefaultValues,
  FieldErrors,
  FieldPath,
  FieldValues,
  UseFormRegister,
} from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useProfile } from "../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../app/forms";
import { useLocale } from "../i18n";
import { Button } from "./Button";
import { dayEntryError } from "./EntryForm";
import { ErrorMessage } from "./ErrorMessage";
import { RowDate } from "./RowDate";
import { useToast } from "./Toast";

/** The part of an update mutation the row uses. */
type EntryUpdate<Output> = {
  mutate: (
    variables: { id: string; body: Output },
    callbacks: { onSuccess: () => void; onError: (error: Error) => void },
  ) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
};

type EditEntryRowProps<Entry extends { id: string; date: string }, Input extends FieldValues, Output> = {
  entry: Entry;
  onDone: () => void;
  schema: (today: string) => z.ZodType<Output, Input>;
  values: (entry: Entry, locale: string) => DefaultValues<Input>;
  /** The inputs a server 422 may name. */
  fields: readonly FieldPath<Input>[];
  update: EntryUpdate<Output>;
  formClassName: string;
  testId: string;
  texts: { title: string; saved: string; duplicate: { code: string; message: string } };
  renderFields: (form: {
    register: UseFormRegister<Input>;
    errors: FieldErrors<Input>;
    today: string;
    /** For inputs that are not native fields (a picker in a dialog). */
    control: Control<Input, unknown, Output>;
  }) => ReactNode;
};

/** A history row turned into its inputs in place: save or cancel, Escape cancels too. */
export function EditEntryRow<Entry extends { id: string; date: string }, Input extends FieldValues, Output>({
  entry,
  onDone,
  schema,
  values,
  fields,
  update,
  formClassName,
  testId,
  texts,
  renderFields,
}: EditEntryRowProps<Entry, Input, Output>) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const today = todayIn(profile.timeZone);
  const formSchema = useMemo(() => schema(today), [schema, today]);
  const form = useSchemaForm(formSchema, values(entry, locale));
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
          toast.show(texts.saved);
          onDone();
        },
        onError: (error) => applyServerFieldErrors(error, form.setError, fields),
      },
    );
  });

  return (
    <li className="vitals-row vitals-row-editing" ref={ref}>
      <form
        className={formClassName}
        data-testid={testId}
        aria-labelledby={titleId}
        noValidate
        onSubmit={onSubmit}
        onKeyDown={(event) => {
          // An Escape inside a dialog of the row (a picker) closes only that dialog.
          const inDialog = event.target instanceof Element && event.target.closest("dialog") !== null;
          if (event.key === "Escape" && !inDialog) {
            event.preventDefault();
            onDone();
          }
        }}
      >
        <p className="vitals-edit-title" id={titleId}>
          <Pencil size={16} aria-hidden="true" />
          <span>
            {texts.title} – <RowDate date={entry.date} />
          </span>
        </p>
        {renderFields({
          register: form.register,
          errors: form.formState.errors,
          today,
          control: form.control,
        })}
        {update.isError && <ErrorMessage error={dayEntryError(update.error, texts.duplicate)} />}
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
