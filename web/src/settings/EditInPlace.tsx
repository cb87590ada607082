import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  /** How many columns the row spans. */
  columns: number;
  onCancel: () => void;
  /** The editing form. */
  children: ReactNode;
}

/** A table row replaced by its editing form, which takes the focus as it opens. */
export function EditInPlace({ columns, onCancel, children }: Props) {
  const { t } = useTranslation();
  const cell = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    cell.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, []);
  return (
    <tr>
      <td colSpan={columns} ref={cell}>
        {children}
        <button type="button" className="secondary" onClick={onCancel}>
          {t("settings.cancel")}
        </button>
      </td>
    </tr>
  );
}
