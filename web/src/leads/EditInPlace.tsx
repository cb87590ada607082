// One detail of a lead, shown, and edited where it stands: Edit opens a small
// form in its place (Escape or Cancel closes it), Save keeps it or shows why not.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PayloadError } from "../api/faults";
import { Form, useForm } from "../ui/form";

interface Props {
  label: string;
  shown: ReactNode;
  /** What the form starts from. */
  value: string;
  /** The form's control, given the value being edited and its fault. */
  control: (draft: string, setDraft: (draft: string) => void, fault?: string) => ReactNode;
  save: (draft: string) => Promise<readonly PayloadError[]>;
}

export function EditInPlace({ label, shown, value, control, save }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(value);
  const place = useRef<HTMLDivElement>(null);
  const form = useForm(async () => {
    const errors = await save(draft);
    if (!errors.length) setOpen(false);
    return errors;
  });

  useEffect(() => {
    if (open) place.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, [open]);

  if (!open) {
    return (
      <>
        <span>{shown}</span>
        <button
          type="button"
          className="link"
          aria-label={t("lead.edit", { field: label })}
          onClick={() => {
            setDraft(value);
            setOpen(true);
          }}
        >
          {t("lead.editShort")}
        </button>
      </>
    );
  }
  return (
    <div
      ref={place}
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
    >
      <Form
        form={form}
        label={t("lead.edit", { field: label })}
        submit={t("lead.save")}
        busy={t("lead.saving")}
      >
        {control(draft, setDraft, Object.values(form.faults).find(Boolean))}
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t("lead.cancel")}
        </button>
      </Form>
    </div>
  );
}
