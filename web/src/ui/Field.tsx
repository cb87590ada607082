import { useId, type InputHTMLAttributes } from "react";

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  fault?: string;
}

/** A labelled input, with what is wrong with it beside it, tied to it for screen readers. */
export function Field({ label, fault, ...input }: Props) {
  const id = useId();
  const faultId = `${id}-fault`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={Boolean(fault)}
        aria-describedby={fault ? faultId : undefined}
        {...input}
      />
      {fault && <p id={faultId}>{fault}</p>}
    </>
  );
}
