// A form that sends one mutation: busy while it waits, then each fault beside the
// field it is about, and a fault about none (or a failed request) above them all.
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { describe, faultsOf, type Faults, type PayloadError } from "../api/faults";
import { FormFault } from "./states";

/** ``send`` sends the form and gives the payload's errors: none means it went through. */
export function useForm(send: () => Promise<readonly PayloadError[]>) {
  const { t } = useTranslation();
  const [faults, setFaults] = useState<Faults>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      setFaults(faultsOf(t, await send()));
    } catch (error) {
      setFaults({ form: describe(t, error) });
    } finally {
      setBusy(false);
    }
  }

  return { faults, busy, submit };
}

interface Props {
  form: ReturnType<typeof useForm>;
  label?: string;
  submit: string;
  busy: string;
  children?: ReactNode;
}

export function Form({ form, label, submit, busy, children }: Props) {
  const faultId = useId();
  return (
    <form
      onSubmit={form.submit}
      aria-label={label}
      aria-describedby={form.faults.form ? faultId : undefined}
      noValidate
    >
      <FormFault id={faultId} fault={form.faults.form} />
      {children}
      <button type="submit" disabled={form.busy}>
        {form.busy ? busy : submit}
      </button>
    </form>
  );
}
