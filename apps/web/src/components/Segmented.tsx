import type { ReactNode } from "react";

type Option<T extends string> = { value: T; label: string; icon?: ReactNode };

type SegmentedProps<T extends string> = {
  legend: string;
  name: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  hideLegend?: boolean;
};

/** A row of mutually exclusive choices: real radio buttons, so arrows keys and labels work. */
export function Segmented<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  disabled,
  hideLegend,
}: SegmentedProps<T>) {
  return (
    <fieldset className="segmented-field" disabled={disabled}>
      <legend className={hideLegend ? "visually-hidden" : "field-label"}>{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value} className="segmented-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span className="segmented-label">
              {option.icon}
              {option.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
