// What an import is: its file as the server read it, who started it and when.
import { useTranslation } from "react-i18next";
import { useFormat } from "../ui/format";
import { delimiterName } from "./csv";
import type { LeadImport } from "./importDetails";

const KILOBYTE = 1024;
const MEGABYTE = KILOBYTE * KILOBYTE;

export function ImportFacts({ leadImport }: { leadImport: LeadImport }) {
  const { t, i18n } = useTranslation();
  const { dateTime, number } = useFormat();
  const large = leadImport.sizeBytes >= MEGABYTE;
  const size = new Intl.NumberFormat(i18n.language, {
    style: "unit",
    unit: large ? "megabyte" : "kilobyte",
    maximumFractionDigits: 1,
  }).format(leadImport.sizeBytes / (large ? MEGABYTE : KILOBYTE));
  const delimiter = leadImport.delimiter && delimiterName(leadImport.delimiter);
  const layout = [
    leadImport.fileFormat,
    size,
    leadImport.encoding,
    delimiter && t(`imports.csv.delimiters.${delimiter}`),
  ];
  return (
    <dl className="imports-facts">
      <dt>{t("imports.facts.status")}</dt>
      <dd>{t(`imports.status.${leadImport.status}`)}</dd>
      <dt>{t("imports.facts.file")}</dt>
      <dd>{layout.filter(Boolean).join(", ")}</dd>
      <dt>{t("imports.counts.rows")}</dt>
      <dd>{number(leadImport.progress.totalRows)}</dd>
      <dt>{t("imports.facts.uploaded")}</dt>
      <dd>{dateTime(leadImport.createdAt)}</dd>
      {leadImport.startedAt && (
        <>
          <dt>{t("imports.facts.started")}</dt>
          <dd>
            {t("imports.facts.startedBy", {
              when: dateTime(leadImport.startedAt),
              name: leadImport.startedBy?.name ?? t("imports.history.commandLine"),
            })}
          </dd>
        </>
      )}
      {leadImport.finishedAt && (
        <>
          <dt>{t("imports.facts.ended")}</dt>
          <dd>{dateTime(leadImport.finishedAt)}</dd>
        </>
      )}
    </dl>
  );
}
