import { useId, type InputHTMLAttributes } from "react";

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  fault?: string;
}

/** A labelled input, with a hint and what is wrong with it beside it, both tied to
 * it for screen readers. */
export function Field({ label, hint, fault, ...input }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const faultId = `${id}-fault`;
  const describedBy = [hint && hintId, fault && faultId].filter(Boolean).join(" ");
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={Boolean(fault)}
        aria-describedby={describedBy || undefined}
        {...input}
      />
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
