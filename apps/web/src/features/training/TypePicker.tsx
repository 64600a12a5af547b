import type { TrainingType } from "@mitai/shared";
import { Check, ChevronDown, Search } from "lucide-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/Dialog";
import { describedBy, FieldShell } from "../../components/Field";
import { RetryError } from "../../components/QueryStates";
import { Loading, Spinner } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { groupTypes, typeName } from "./format";
import { TrainingTypeIcon } from "./TrainingTypeIcon";
import { useTrainingTypes } from "./useTraining";

type TypePickerProps = {
  label: string;
  /** The chosen type's id, or null for none. */
  value: string | null;
  onChange: (id: string | null) => void;
  /** Offer "no type" in the list (a session may stay uncategorized). */
  allowNone?: boolean;
  optional?: string;
  /** The label only for screen readers (the row around the picker says what it is for). */
  hideLabel?: boolean;
  error?: string;
  busy?: boolean;
  /** The trigger's name, e.g. the activity name on the categorize page. */
  triggerTestId?: string;
};

/**
 * A type chosen from a sheet (a bottom sheet on phones): the categories with their types as large
 * buttons with icons, searchable by either language's name.
 */
export function TypePicker({
  label,
  value,
  onChange,
  allowNone = false,
  optional,
  hideLabel = false,
  error,
  busy = false,
  triggerTestId,
}: TypePickerProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const id = useId();
  const [open, setOpen] = useState(false);
  const types = useTrainingTypes();
  const chosen = types.data?.find((type) => type.id === value) ?? null;

  const choose = (next: string | null) => {
    setOpen(false);
    if (next !== value) onChange(next);
  };

  return (
    <FieldShell
      id={id}
      label={label}
      error={error}
      optional={optional}
      className={hideLabel ? "type-picker type-picker-bare" : "type-picker"}
    >
      <button
        type="button"
        id={id}
        className={chosen ? `input type-trigger cat-${chosen.category}` : "input type-trigger"}
        aria-haspopup="dialog"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error)}
        aria-busy={busy || undefined}
        disabled={busy}
        data-testid={triggerTestId}
        onClick={() => setOpen(true)}
      >
        <span className="type-trigger-icon">
          {busy ? <Spinner size={18} /> : <TrainingTypeIcon icon={chosen?.icon ?? null} size={18} />}
        </span>
        <span className={chosen ? "type-trigger-text" : "type-trigger-text muted"}>
          {chosen ? typeName(chosen, language) : t("training.picker.placeholder")}
        </span>
        <ChevronDown size={18} aria-hidden="true" className="type-trigger-chevron" />
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={label}>
        {types.isPending && <Loading label={t("common.loading")} />}
        {types.isError && <RetryError error={types.error} retry={types.refetch} />}
        {types.data && <TypeSheet types={types.data} value={value} allowNone={allowNone} onChoose={choose} />}
      </Dialog>
    </FieldShell>
  );
}

type TypeSheetProps = {
  types: readonly TrainingType[];
  value: string | null;
  allowNone: boolean;
  onChoose: (id: string | null) => void;
};

function TypeSheet({ types, value, allowNone, onChoose }: TypeSheetProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const [search, setSearch] = useState("");
  const searchId = useId();
  const groups = groupTypes(types, search, (category) => t(`training.categories.${category}`));
  return (
    <div className="type-sheet" data-testid="type-sheet">
      <div className="type-search">
        <label htmlFor={searchId} className="visually-hidden">
          {t("training.picker.search")}
        </label>
        <Search size={18} aria-hidden="true" className="type-search-icon" />
        <input
          id={searchId}
          type="search"
          className="input"
          placeholder={t("training.picker.search")}
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            // Enter takes the first match instead of submitting the form around the picker.
            if (event.key !== "Enter") return;
            event.preventDefault();
            const first = groups[0]?.types[0];
            if (first) onChoose(first.id);
          }}
        />
      </div>
      {allowNone && search === "" && (
        <button
          type="button"
          className="type-option type-option-none"
          aria-pressed={value === null}
          onClick={() => onChoose(null)}
        >
          <TrainingTypeIcon icon={null} />
          <span>{t("training.picker.none")}</span>
          {value === null && <Check size={18} aria-hidden="true" className="type-option-check" />}
        </button>
      )}
      {groups.length === 0 && <p className="muted type-sheet-empty">{t("training.picker.noMatch")}</p>}
      {groups.map(({ category, types: list }) => (
        <section
          key={category}
          className={`type-group cat-${category}`}
          aria-labelledby={`${searchId}-${category}`}
        >
          <h3 className="type-group-title" id={`${searchId}-${category}`}>
            <span className="cat-dot" aria-hidden="true" />
            {t(`training.categories.${category}`)}
          </h3>
          <div className="type-options">
            {list.map((type) => (
              <button
                key={type.id}
                type="button"
                className="type-option"
                aria-pressed={type.id === value}
                onClick={() => onChoose(type.id)}
              >
                <TrainingTypeIcon icon={type.icon} />
                <span>{typeName(type, language)}</span>
                {type.id === value && <Check size={18} aria-hidden="true" className="type-option-check" />}
              </button>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
