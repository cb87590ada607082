import { useId } from "react";
import { CheckboxField } from "../ui/CheckboxField";

export interface Choice<Value extends string> {
  value: Value;
  label: string;
}

interface Props<Value extends string> {
  legend: string;
  choices: readonly Choice<Value>[];
  chosen: readonly Value[];
  fault?: string;
  onChange: (chosen: Value[]) => void;
}

/** Several of a list, chosen by checkboxes under one legend (and given in the list's
 * order); a fault about the whole choice (none chosen, one refused) is tied to the
 * group. */
export function CheckboxGroup<Value extends string>({
  legend,
  choices,
  chosen,
  fault,
  onChange,
}: Props<Value>) {
  const faultId = useId();
  function toggle(toggled: Value, checked: boolean) {
    const values = choices.map((choice) => choice.value);
    onChange(values.filter((value) => (value === toggled ? checked : chosen.includes(value))));
  }
  return (
    <fieldset className="integrations-choices" aria-describedby={fault ? faultId : undefined}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <CheckboxField
          key={choice.value}
          label={choice.label}
          checked={chosen.includes(choice.value)}
          onChange={(event) => toggle(choice.value, event.target.checked)}
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
