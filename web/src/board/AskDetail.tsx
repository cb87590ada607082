// What a move needs before it is sent: the amount a won lead brought, or why a
// lead was lost or disqualified. Shown in the column it was dropped on; focus
// goes into it, and Escape (or Cancel) leaves the lead where it was.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PayloadError } from "../api/faults";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { parseAmount, typedAmount } from "./money";
import { ASKS } from "./plan";
import type { Asking } from "./useMoves";

interface Props {
  asking: Asking;
  currency: string;
  onConfirm: (detail: string) => Promise<PayloadError[]>;
  onCancel: () => void;
}

export function AskDetail({ asking, currency, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const { lead, mutation } = asking;
  const asks = ASKS[mutation];
  // A win's amount is most often what the lead was expected to bring.
  const expected = asks === "amount" && lead.expectedValue;
  const [typed, setTyped] = useState(expected ? typedAmount(expected, i18n.language) : "");
  const form = useForm(async () => {
    if (asks === "reason") return onConfirm(typed);
    const amount = parseAmount(typed);
    if (amount !== null) return onConfirm(amount);
    return [{ field: "amount", code: "INVALID", message: t("board.refusals.amountFormat") }];
  });
  const title = t(`board.ask.${mutation}`, { name: lead.name });
  return (
    <div
      className="board-ask"
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <h3>{title}</h3>
      <Form
        form={form}
        label={title}
        submit={t(`board.ask.${mutation}Submit`)}
        busy={t("board.ask.busy")}
      >
        <Field
          label={asks === "amount" ? t("board.ask.amount", { currency }) : t("board.ask.reason")}
          {...(asks === "amount"
            ? { inputMode: "decimal", autoComplete: "off" }
            : { maxLength: 500 })}
          autoFocus
          required
          value={typed}
          fault={form.faults[asks]}
          onChange={(event) => setTyped(event.target.value)}
        />
      </Form>
      <button type="button" className="secondary" onClick={onCancel}>
        {t("board.ask.cancel")}
      </button>
    </div>
  );
}
