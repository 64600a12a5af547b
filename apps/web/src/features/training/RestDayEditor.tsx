import {
  type RestDayEntry,
  type RestDimension,
  type RestPreset,
  restDimensions,
  restPresetDimensions,
} from "@mitai/shared";
import { Check, Trash } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { dayEntryError } from "../../components/EntryForm";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/Field";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { dimensionIcons } from "./RestDimensionMarks";
import { type OneTapPreset, oneTapPresets, restChoice, toggleDimension } from "./restDay";
import { useCreateRestDay, useUpdateRestDay } from "./useRestDays";

type RestDayEditorProps = {
  date: string;
  /** The day's rest day, or undefined when it has none. */
  rest: RestDayEntry | undefined;
  onRemove: (rest: RestDayEntry) => void;
};

/** One day's rest: a preset in one tap, or the dimensions chosen one by one, and a note. */
export function RestDayEditor({ date, rest, onRemove }: RestDayEditorProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const toast = useToast();
  const create = useCreateRestDay();
  const update = useUpdateRestDay();
  const [note, setNote] = useState(rest?.note ?? "");
  const [custom, setCustom] = useState<RestDimension[] | null>(
    rest?.preset === "custom" ? rest.dimensions : null,
  );
  const day = formatDay(date, locale, "long");
  const busy = create.isPending || update.isPending;
  const failed = create.error ?? update.error;

  const save = (dimensions: readonly RestDimension[]) => {
    const choice = restChoice(dimensions);
    const body = { ...choice, note: note.trim() === "" ? null : note.trim() };
    const done = () =>
      toast.show(t("restDays.saved", { date: day, preset: t(`restDays.presets.${choice.preset}`) }));
    if (rest) update.mutate({ id: rest.id, body }, { onSuccess: done });
    else create.mutate({ date, ...body }, { onSuccess: done });
  };

  const presetPressed = (preset: RestPreset) => custom === null && rest?.preset === preset;

  return (
    <div className="rest-editor" data-testid="rest-editor">
      <h3 className="rest-editor-title">
        {day}
        <span className={rest ? "badge badge-accent" : "badge"} data-testid="rest-editor-state">
          {rest ? t(`restDays.presets.${rest.preset}`) : t("restDays.day.none")}
        </span>
      </h3>
      <fieldset className="segmented-field">
        <legend className="visually-hidden">{t("restDays.day.presets")}</legend>
        <div className="rest-presets">
          {oneTapPresets.map((preset: OneTapPreset) => (
            <button
              key={preset}
              type="button"
              className="rest-preset"
              aria-pressed={presetPressed(preset)}
              disabled={busy}
              data-testid={`rest-preset-${preset}`}
              onClick={() => {
                setCustom(null);
                save(restPresetDimensions[preset]);
              }}
            >
              <span className="rest-preset-icons" aria-hidden="true">
                {restPresetDimensions[preset].map((d) => {
                  const Icon = dimensionIcons[d];
                  return <Icon key={d} size={16} className={`rest-${d}`} />;
                })}
              </span>
              <span className="rest-preset-name">{t(`restDays.presets.${preset}`)}</span>
              <span className="rest-preset-hint">{t(`restDays.presetHints.${preset}`)}</span>
            </button>
          ))}
          <button
            type="button"
            className="rest-preset"
            aria-pressed={custom !== null}
            aria-expanded={custom !== null}
            disabled={busy}
            data-testid="rest-preset-custom"
            onClick={() => setCustom(custom === null ? (rest?.dimensions ?? []) : null)}
          >
            <span className="rest-preset-name">{t("restDays.presets.custom")}</span>
            <span className="rest-preset-hint">{t("restDays.presetHints.custom")}</span>
          </button>
        </div>
      </fieldset>
      {custom !== null && (
        <fieldset className="rest-custom">
          <legend className="field-label">{t("restDays.day.dimensions")}</legend>
          {restDimensions.map((d) => {
            const Icon = dimensionIcons[d];
            return (
              <label key={d} className="rest-dimension">
                <input
                  type="checkbox"
                  checked={custom.includes(d)}
                  onChange={() => setCustom(toggleDimension(custom, d))}
                />
                <Icon size={16} aria-hidden="true" />
                <span>{t(`restDays.dimensions.${d}`)}</span>
              </label>
            );
          })}
          <Button
            size="sm"
            disabled={custom.length === 0}
            loading={busy}
            icon={<Check size={16} aria-hidden="true" />}
            onClick={() => save(custom)}
          >
            {t("restDays.day.saveCustom")}
          </Button>
        </fieldset>
      )}
      <TextField
        label={t("restDays.day.note")}
        optional={t("common.optional")}
        hint={rest ? undefined : t("restDays.day.noteHint")}
        autoComplete="off"
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {failed && (
        <ErrorMessage
          error={dayEntryError(failed, { code: "rest_day_duplicate", message: t("restDays.duplicate") })}
        />
      )}
      {rest && (
        <div className="rest-editor-actions">
          <Button
            variant="secondary"
            disabled={busy || (note.trim() || null) === rest.note}
            onClick={() => save(rest.dimensions)}
          >
            {t("restDays.day.saveNote")}
          </Button>
          <Button
            variant="ghost"
            className="btn-danger-text"
            icon={<Trash size={16} aria-hidden="true" />}
            onClick={() => onRemove(rest)}
          >
            {t("restDays.day.remove")}
          </Button>
        </div>
      )}
    </div>
  );
}
