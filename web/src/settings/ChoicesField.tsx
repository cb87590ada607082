import { useId } from "react";
import type { Option } from "../ui/SelectField";
import { CheckboxField } from "../ui/CheckboxField";

interface Props {
  legend: string;
  options: readonly Option[];
  chosen: readonly string[];
  fault?: string;
  onChange: (chosen: string[]) => void;
}

/** Any of a few choices, as a group of checkboxes with its fault tied to it. */
export function ChoicesField({ legend, options, chosen, fault, onChange }: Props) {
  const faultId = `${useId()}-fault`;
  return (
    <fieldset aria-describedby={fault ? faultId : undefined}>
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <CheckboxField
          key={value}
          label={label}
          checked={chosen.includes(value)}
          onChange={(event) =>
            onChange(
              event.target.checked ? [...chosen, value] : chosen.filter((other) => other !== value),
            )
          }
        />
      ))}
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </fieldset>
  );
}
