import { type Ability, type AbilityProfile, abilities } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { Segmented } from "../../components/Segmented";

const weights = ["0", "1", "2", "3"] as const;
type Weight = (typeof weights)[number];

function toWeight(value: number): Weight {
  return weights[value] ?? "0";
}

type AbilityWeightsProps = {
  value: AbilityProfile;
  onChange: (value: AbilityProfile) => void;
  /** Each control's radio group name is this plus the ability. */
  name: string;
  error?: string;
};

/** Five rows of 0–3, one per ability: how much a type trains it. */
export function AbilityWeights({ value, onChange, name, error }: AbilityWeightsProps) {
  const { t } = useTranslation();
  const set = (ability: Ability, weight: Weight) => onChange({ ...value, [ability]: Number(weight) });
  return (
    <fieldset className="ability-weights" aria-describedby={`${name}-hint`}>
      <legend className="field-label">{t("adminTraining.form.abilities")}</legend>
      <p className="field-hint" id={`${name}-hint`}>
        {t("adminTraining.form.abilitiesHint")}
      </p>
      {abilities.map((ability) => (
        <div key={ability} className="ability-weight">
          <Segmented
            legend={t(`evaluation.abilities.${ability}`)}
            name={`${name}-${ability}`}
            value={toWeight(value[ability])}
            onChange={(weight) => set(ability, weight)}
            options={weights.map((weight) => ({ value: weight, label: weight }))}
          />
        </div>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

/** The five weights as small pips for a list row; the text is for screen readers. */
export function AbilityPips({ value }: { value: AbilityProfile }) {
  const { t } = useTranslation();
  return (
    <ul className="ability-pips">
      {abilities.map((ability) => (
        <li
          key={ability}
          className="ability-pip"
          title={`${t(`evaluation.abilities.${ability}`)}: ${value[ability]}`}
        >
          <span className="ability-pips-name" aria-hidden="true">
            {t(`adminTraining.abilityShort.${ability}`)}
          </span>
          <span className="ability-pips-dots" aria-hidden="true">
            {[1, 2, 3].map((level) => (
              <span key={level} className={level <= value[ability] ? "pip pip-on" : "pip"} />
            ))}
          </span>
          <span className="visually-hidden">
            {t("adminTraining.abilityValue", {
              ability: t(`evaluation.abilities.${ability}`),
              value: value[ability],
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
