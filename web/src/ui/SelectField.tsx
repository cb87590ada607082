import { useId, type SelectHTMLAttributes } from "react";

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange"> {
  label: string;
  options: readonly Option[];
  fault?: string;
  onChange: (value: string) => void;
}

/** A labelled choice, with what is wrong with it beside it (see Field). */
export function SelectField({ label, options, fault, onChange, ...select }: Props) {
  const id = useId();
  const faultId = `${id}-fault`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={Boolean(fault)}
        aria-describedby={fault ? faultId : undefined}
        onChange={(event) => onChange(event.target.value)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </>
  );
}
