import type { ImportJob, MappableKind, MappingField } from "@mitai/shared";
import { Bookmark, Check, Columns3, X } from "lucide-react";
import { useId } from "react";
import { type UseFormReturn, type UseFormSetError, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { SelectField } from "../../components/Field";
import { Segmented } from "../../components/Segmented";
import { useLocale } from "../../i18n";
import { ApiError } from "../../lib/apiError";
import { type DateOrder, kindFields } from "./columnGuess";
import { KindChoice } from "./KindChoice";
import { MappingSample } from "./MappingSample";
import {
  columnCells,
  fieldsByHeader,
  type GenericFile,
  initialMappingValues,
  type MappingFormValues,
  mappingProblems,
  needsDateOrder,
  sampleValues,
  toMappingInput,
} from "./mappingForm";
import { useSetMapping } from "./useImport";

type MappingFormProps = {
  job: ImportJob;
  file: GenericFile;
  /** Back to the mapping in use, or (when there is none) dropping the import. */
  onCancel: () => void;
  cancelling?: boolean;
  onSubmitted: () => void;
};

/**
 * A generic CSV's column mapping: what the file holds, which column holds each field, how its
 * slash dates are written, and whether to remember all that for the next file with these columns.
 */
export function MappingForm({ job, file, onCancel, cancelling, onSubmitted }: MappingFormProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const titleId = useId();
  const setMapping = useSetMapping();
  const form = useForm<MappingFormValues>({
    // Slash dates that could be either are read the way the user's language writes them.
    defaultValues: initialMappingValues(file, language === "de" ? "dmy" : "mdy"),
  });
  const values = form.watch();
  const { kind } = values;

  const onSubmit = form.handleSubmit((submitted) => {
    const problems = mappingProblems(submitted);
    problems.forEach(({ field, reason }, i) => {
      form.setError(
        `fields.${submitted.kind}.${field}`,
        { type: reason, message: t(`import.mapping.${reason}`) },
        { shouldFocus: i === 0 },
      );
    });
    if (problems.length > 0) return;
    setMapping.mutate(
      { id: job.id, input: toMappingInput(submitted) },
      {
        onSuccess: onSubmitted,
        onError: (error) => placeServerErrors(error, submitted.kind, form.setError),
      },
    );
  });

  return (
    <form
      className="import-mapping"
      data-testid="import-mapping"
      aria-labelledby={titleId}
      noValidate
      onSubmit={onSubmit}
    >
      <div className="stack-sm">
        <h3 className="import-mapping-title with-icon" id={titleId}>
          <Columns3 size={20} aria-hidden="true" />
          {t("import.mapping.title")}
        </h3>
        <p className="muted">{t("import.mapping.intro")}</p>
      </div>
      <MappingSample file={file} byHeader={fieldsByHeader(values)} />
      {/* Another kind has other fields: the old kind's complaints no longer apply. */}
      <KindChoice registration={form.register("kind", { onChange: () => form.clearErrors("fields") })} />
      <fieldset className="import-mapping-fields">
        <legend className="import-subtitle">
          {t("import.mapping.fieldsLegend")}: {t(`import.kind.${kind}`)}
        </legend>
        <div className="import-mapping-grid">
          {kindFields(kind).map(({ name, required }) => (
            <FieldSelect key={`${kind}.${name}`} form={form} file={file} name={name} required={required} />
          ))}
        </div>
      </fieldset>
      {needsDateOrder(values, file) && <DateOrderChoice form={form} file={file} />}
      <label className="checkbox">
        <input type="checkbox" data-testid="import-mapping-remember" {...form.register("remember")} />
        <Bookmark size={18} aria-hidden="true" />
        <span>{t("import.mapping.remember")}</span>
      </label>
      {setMapping.isError && <MappingError error={setMapping.error} />}
      <div className="import-actions">
        <Button
          variant="secondary"
          data-testid="import-mapping-cancel"
          loading={cancelling}
          icon={<X size={18} aria-hidden="true" />}
          onClick={onCancel}
        >
          {t("common.cancel")}
        </Button>
        <Button
          type="submit"
          data-testid="import-mapping-submit"
          loading={setMapping.isPending}
          icon={<Check size={18} aria-hidden="true" />}
        >
          {t("import.mapping.submit")}
        </Button>
      </div>
    </form>
  );
}

type Form = UseFormReturn<MappingFormValues>;

/** What a field is, when its name alone does not say it. */
function fieldHint(kind: MappableKind, field: MappingField) {
  if (kind === "sleep" && field === "date") return "import.mapping.hints.sleepDate" as const;
  if (kind === "nutrition" && field === "date") return "import.mapping.hints.nutritionDate" as const;
  if (field === "kcal") return "import.mapping.hints.kcal" as const;
  if (field === "proteinG" || field === "fatG" || field === "carbsG" || field === "fiberG") {
    return "import.mapping.hints.grams" as const;
  }
  if (field === "bedtime" || field === "wakeTime") return "import.mapping.hints.clock" as const;
  if (field === "quality") return "import.mapping.hints.quality" as const;
  if (field === "irregularHeartbeat") return "import.mapping.hints.irregularHeartbeat" as const;
  if (field === "deepMin" || field === "remMin" || field === "lightMin" || field === "awakeMin") {
    return "import.mapping.hints.minutes" as const;
  }
  return null;
}

type FieldSelectProps = { form: Form; file: GenericFile; name: MappingField; required: boolean };

/** One field's column: the file's headers, and below it what the chosen column holds. */
function FieldSelect({ form, file, name, required }: FieldSelectProps) {
  const { t } = useTranslation();
  const kind = form.watch("kind");
  const path = `fields.${kind}.${name}` as const;
  const header = form.watch(path);
  const examples = header ? sampleValues(file, header) : [];
  const about = fieldHint(kind, name);
  const hint = [
    about ? t(about) : null,
    header
      ? examples.length > 0
        ? t("import.mapping.example", { values: examples.join(", ") })
        : t("import.mapping.emptyColumn")
      : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <SelectField
      label={t(`import.mapping.fields.${name}`)}
      optional={required ? t("import.mapping.required") : t("common.optional")}
      hint={hint || undefined}
      error={form.formState.errors.fields?.[kind]?.[name]?.message}
      {...form.register(path)}
    >
      <option value="">{required ? t("import.mapping.choose") : t("import.mapping.notInFile")}</option>
      {file.headers.map((option, column) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a file may repeat a header; columns never move
        <option key={column} value={option}>
          {option}
        </option>
      ))}
    </SelectField>
  );
}

/** Month or day first, asked only when the chosen date columns use slashes. */
function DateOrderChoice({ form, file }: { form: Form; file: GenericFile }) {
  const { t } = useTranslation();
  const values = form.watch();
  const chosen = values.fields[values.kind];
  const example = ["date", "bedtime", "wakeTime"]
    .flatMap((field) => {
      const header = chosen[field];
      return header ? columnCells(file, header) : [];
    })
    .find((cell) => cell.includes("/"));
  const options = [
    { value: "dmy", label: t("import.mapping.dateOrder.dmy") },
    { value: "mdy", label: t("import.mapping.dateOrder.mdy") },
  ] as const satisfies readonly { value: DateOrder; label: string }[];
  return (
    <div className="stack-sm" data-testid="import-mapping-date-order">
      <Segmented
        legend={t("import.mapping.dateOrder.legend")}
        name="dateOrder"
        options={options}
        value={values.dateOrder}
        onChange={(order) => form.setValue("dateOrder", order)}
      />
      {example && <p className="field-hint">{t("import.mapping.dateOrder.hint", { example })}</p>}
    </div>
  );
}

/** A 422 names the field (`fields.systolic`): its message belongs next to that field's select. */
function placeServerErrors(error: unknown, kind: MappableKind, setError: UseFormSetError<MappingFormValues>) {
  if (!(error instanceof ApiError) || error.code !== "validation_error") return;
  for (const issue of error.fieldErrors) {
    const field = issue.path.split(".").at(-1);
    const known = kindFields(kind).find(({ name }) => name === field);
    if (known) setError(`fields.${kind}.${known.name}`, { type: "server", message: issue.message });
  }
}

/** The failure, with the server's own words when it named what is wrong with the mapping. */
function MappingError({ error }: { error: Error }) {
  const detail = error instanceof ApiError && error.code === "validation_error" ? error.detail : null;
  return (
    <div className="stack-sm">
      <ErrorMessage error={error} />
      {detail && <p className="small muted">{detail}</p>}
    </div>
  );
}
