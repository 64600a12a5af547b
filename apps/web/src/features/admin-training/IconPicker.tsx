import { type TrainingIcon, trainingIcons } from "@mitai/shared";
import { TrainingTypeIcon } from "../training/TrainingTypeIcon";

type IconPickerProps = {
  legend: string;
  value: TrainingIcon;
  onChange: (icon: TrainingIcon) => void;
  name: string;
};

/** The icons a type may show as a grid of radio buttons: arrow keys move, the icon's name is its label. */
export function IconPicker({ legend, value, onChange, name }: IconPickerProps) {
  return (
    <fieldset className="icon-picker">
      <legend className="field-label">{legend}</legend>
      <div className="icon-picker-grid">
        {trainingIcons.map((icon) => (
          <label key={icon} className="icon-picker-option" title={icon}>
            <input
              type="radio"
              name={name}
              value={icon}
              checked={icon === value}
              onChange={() => onChange(icon)}
            />
            <span className="icon-picker-face">
              <TrainingTypeIcon icon={icon} size={20} />
              <span className="visually-hidden">{icon}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
