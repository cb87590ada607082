import { useId, type InputHTMLAttributes } from "react";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: string;
  fault?: string;
}

/** A labelled checkbox, the label after the box, with its fault tied to it. */
export function CheckboxField({ label, fault, ...input }: Props) {
  const id = useId();
  const faultId = `${id}-fault`;
  return (
    <>
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          aria-invalid={Boolean(fault)}
          aria-describedby={fault ? faultId : undefined}
          {...input}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </>
  );
}
