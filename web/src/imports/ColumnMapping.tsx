// Each column of the file and the lead field it fills, as the API suggested from
// its header or as the person changed it, with a value from the file to go by.
import { useTranslation } from "react-i18next";
import type { Faults } from "../api/faults";
import { useApiQuery } from "../api/hooks";
import { TableScroll } from "../ui/TableScroll";
import type { Choices } from "./importChoices";
import { IMPORT_PREVIEW, rowsOf } from "./ImportPreview";
import { CUSTOM_PREFIX, TARGETS } from "./targets";

interface Props {
  importId: string;
  headers: string[];
  targets: (string | null)[];
  customFields: Choices["customFields"];
  faults: Faults;
  onChange: (index: number, target: string | null) => void;
}

const LEFT_OUT = "";

export function ColumnMapping({
  importId,
  headers,
  targets,
  customFields,
  faults,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const preview = useApiQuery(IMPORT_PREVIEW, { id: importId });
  const rows = preview.data ? rowsOf(preview.data) : [];
  const known = new Set<string>([
    ...TARGETS,
    ...customFields.map((field) => CUSTOM_PREFIX + field.key),
  ]);
  return (
    <section>
      <h2 id="import-columns-title">{t("imports.mapping.title")}</h2>
      <p>{t("imports.mapping.intro")}</p>
      {faults.mapping && (
        <p role="alert" className="fault">
          {faults.mapping}
        </p>
      )}
      <TableScroll labelledBy="import-columns-title">
        <table aria-labelledby="import-columns-title">
          <thead>
            <tr>
              <th scope="col">{t("imports.mapping.column")}</th>
              <th scope="col">{t("imports.mapping.example")}</th>
              <th scope="col">{t("imports.mapping.target")}</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((header, index) => {
              const target = targets[index] ?? LEFT_OUT;
              const fault = faults[`columns.${index}`];
              const faultId = `column-fault-${index}`;
              const example = rows.map((row) => row.cells[index]?.trim()).find(Boolean);
              return (
                <tr key={index}>
                  <th scope="row">{header}</th>
                  <td>{example ?? "–"}</td>
                  <td>
                    <select
                      aria-label={t("imports.mapping.targetOf", { header })}
                      aria-invalid={Boolean(fault)}
                      aria-describedby={fault ? faultId : undefined}
                      value={target}
                      onChange={(event) => onChange(index, event.target.value || null)}
                    >
                      <option value={LEFT_OUT}>{t("imports.mapping.leaveOut")}</option>
                      {TARGETS.map((field) => (
                        <option key={field} value={field}>
                          {t(`imports.targets.${field}`)}
                        </option>
                      ))}
                      {customFields.length > 0 && (
                        <optgroup label={t("imports.mapping.customFields")}>
                          {customFields.map((field) => (
                            <option key={field.key} value={CUSTOM_PREFIX + field.key}>
                              {field.label}
                            </option>
                          ))}
                        </optgroup>
                      )}
                      {target !== LEFT_OUT && !known.has(target) && (
                        <option value={target}>{target}</option>
                      )}
                    </select>
                    {fault && (
                      <p id={faultId} className="fault">
                        {fault}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
