import { useId, type InputHTMLAttributes } from "react";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: string;
  hint?: string;
  fault?: string;
}

/** A labelled checkbox, the label after the box, with its hint and fault tied to it. */
export function CheckboxField({ label, hint, fault, ...input }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const faultId = `${id}-fault`;
  const describedBy = [hint && hintId, fault && faultId].filter(Boolean).join(" ");
  return (
    <>
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          aria-invalid={Boolean(fault)}
          aria-describedby={describedBy || undefined}
          {...input}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </>
  );
}
