import { useId, type TextareaHTMLAttributes } from "react";

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  fault?: string;
}

/** A labelled text of several lines, with its fault tied to it (see Field). */
export function TextAreaField({ label, fault, ...textarea }: Props) {
  const id = useId();
  const faultId = `${id}-fault`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        aria-invalid={Boolean(fault)}
        aria-describedby={fault ? faultId : undefined}
        {...textarea}
      />
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </>
  );
}
