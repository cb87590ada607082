// One detail of a lead, shown with its Edit button and edited where it stands
// (ui/EditInPlace): Save keeps it, or shows why not beside it.
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PayloadError } from "../api/faults";
import { EditInPlace } from "../ui/EditInPlace";
import { Form, useForm } from "../ui/form";

interface Detail {
  label: string;
  /** What the form starts from. */
  value: string;
  /** The form's control, given the value being edited and its fault. */
  control: (draft: string, setDraft: (draft: string) => void, fault?: string) => ReactNode;
  save: (draft: string) => Promise<readonly PayloadError[]>;
}

export function DetailInPlace({ shown, ...detail }: Detail & { shown: ReactNode }) {
  const { t } = useTranslation();
  return (
    <EditInPlace
      shown={(opener) => (
        <>
          <span>{shown}</span>
          <button
            {...opener}
            type="button"
            className="link"
            aria-label={t("lead.edit", { field: detail.label })}
          >
            {t("lead.editShort")}
          </button>
        </>
      )}
      editor={(close) => <DetailForm {...detail} onSaved={close} />}
    />
  );
}

function DetailForm({ label, value, control, save, onSaved }: Detail & { onSaved: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const form = useForm(async () => {
    const errors = await save(draft);
    if (!errors.length) onSaved();
    return errors;
  });
  return (
    <Form
      form={form}
      label={t("lead.edit", { field: label })}
      submit={t("lead.save")}
      busy={t("lead.saving")}
    >
      {control(draft, setDraft, Object.values(form.faults).find(Boolean))}
    </Form>
  );
}
