import { useTranslation } from "react-i18next";

/** The id of a row's Edit button, to come back to when its editor closes. */
export const editButtonId = (rowId: string) => `edit-${rowId}`;

interface Props {
  rowId: string;
  /** The row's name, so each button says which row it acts on. */
  name: string;
  onEdit?: () => void;
  onRemove: () => void;
  /** Why the last action on the row was refused. */
  fault?: string;
}

/** A settings row's Edit and Delete buttons, and the refusal of either beside them. */
export function RowActions({ rowId, name, onEdit, onRemove, fault }: Props) {
  const { t } = useTranslation();
  const faultId = `fault-${rowId}`;
  const describedBy = fault ? faultId : undefined;
  return (
    <>
      {onEdit && (
        <>
          <button
            type="button"
            id={editButtonId(rowId)}
            className="secondary"
            aria-label={t("settings.editWhat", { name })}
            aria-describedby={describedBy}
            onClick={onEdit}
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
