// A form that sends one mutation: busy while it waits, then each fault beside the
// field it is about, and a fault about none (or a failed request) above them all.
import {
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from "react";
import { useTranslation } from "react-i18next";
import { describe, faultsOf, type Faults, type PayloadError } from "../api/faults";
import { CancelEdit } from "./EditInPlace";
import { FormFault } from "./states";

/** ``send`` sends the form and gives the payload's errors: none means it went through. */
export function useForm(send: () => Promise<readonly PayloadError[]>) {
  const { t } = useTranslation();
  const [faults, setFaults] = useState<Faults>({});
  const [busy, setBusy] = useState(false);
  // Each refused submit counts, so the form shows the person the fault each time.
  const [refusals, setRefusals] = useState(0);
  const sending = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Pressed again while the first is on its way: it would be sent twice.
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    let found: Faults;
    try {
      found = faultsOf(t, await send());
    } catch (error) {
      found = { form: describe(t, error) };
    } finally {
      sending.current = false;
      setBusy(false);
    }
    setFaults(found);
    if (Object.keys(found).length > 0) setRefusals((count) => count + 1);
  }

  return { faults, busy, refusals, submit };
}

interface Props {
  form: ReturnType<typeof useForm>;
  label?: string;
  submit: string;
  busy: string;
  children?: ReactNode;
}

export function Form({ form, label, submit, busy, children }: Props) {
  const { t } = useTranslation();
  const cancel = useContext(CancelEdit); // an edit in place's, beside the submit
  const faultId = useId();
  const element = useRef<HTMLFormElement>(null);
  // After a refusal, focus goes to the first field at fault (or, for none, the
  // fault above the form), so the keyboard and screen reader start where to fix it.
  useEffect(() => {
    if (form.refusals === 0) return;
    const field = element.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? document.getElementById(faultId))?.focus();
  }, [form.refusals, faultId]);
  return (
    <form
      ref={element}
      onSubmit={form.submit}
      aria-label={label}
      aria-describedby={form.faults.form ? faultId : undefined}
      noValidate
    >
      <FormFault id={faultId} fault={form.faults.form} />
      {children}
      <div className="form-actions">
        {/* Not disabled: a disabled button loses the focus, which falls to the page. */}
        <button type="submit" aria-disabled={form.busy}>
          {form.busy ? busy : submit}
        </button>
        {cancel && (
          <button
            type="button"
            className="secondary"
            // While the save is on its way, closing would hide what it answers.
            aria-disabled={form.busy}
            onClick={() => {
              if (!form.busy) cancel();
            }}
          >
            {t("app.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
