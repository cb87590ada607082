import { useTranslation } from "react-i18next";
import type { Opener } from "../ui/EditInPlace";

interface Props {
  rowId: string;
  /** The row's name, so each button says which row it acts on. */
  name: string;
  /** The row's editor's opener (see EditInPlace); none: the row is not edited. */
  edit?: Opener;
  onRemove: () => void;
  /** Why the last action on the row was refused. */
  fault?: string;
}

/** A settings row's Edit and Delete buttons, and the refusal of either beside them. */
export function RowActions({ rowId, name, edit, onRemove, fault }: Props) {
  const { t } = useTranslation();
  const faultId = `fault-${rowId}`;
  const describedBy = fault ? faultId : undefined;
  return (
    <>
      {edit && (
        <>
          <button
            type="button"
            {...edit}
            className="secondary"
            aria-label={t("settings.editWhat", { name })}
            aria-describedby={describedBy}
          >
            {t("settings.edit")}
          </button>{" "}
        </>
      )}
      <button
        type="button"
        className="secondary"
        aria-label={t("settings.deleteWhat", { name })}
        aria-describedby={describedBy}
        onClick={onRemove}
      >
        {t("settings.delete")}
      </button>
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </>
  );
}
