// Leads that look like this one, and why; merging one folds it into this lead.
import { useTranslation } from "react-i18next";
import { useApiMutation, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import { phoneShown } from "../ui/phone";
import { useRowFaults } from "../ui/rowFaults";
import { LEAD_DETAILS, type Lead } from "./lead";
import { LEAD_TIMELINE } from "./Timeline";
import { LEADS_LIST } from "./useLeadsList";

const MERGE = graphql(`
  mutation MergeLeads($input: MergeLeadsInput!) {
    mergeLeads(input: $input) {
      lead {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function Duplicates({ lead, onMerged }: { lead: Lead; onMerged: (notice: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const merge = useApiMutation(MERGE);
  const rows = useRowFaults();

  async function mergeIn(duplicate: Lead["duplicateCandidates"][number]["lead"]) {
    const question = t("lead.duplicates.confirmMerge", {
      name: duplicate.name,
      survivor: lead.name,
    });
    if (!window.confirm(question)) return;
    const merged = await rows.attempt(duplicate.id, async () => {
      const input = { survivorId: lead.id, duplicateId: duplicate.id };
      return (await merge.mutateAsync({ input })).mergeLeads.errors;
    });
    if (!merged) return;
    onMerged(t("lead.duplicates.merged", { name: duplicate.name }));
    await refresh(LEAD_DETAILS, LEAD_TIMELINE, LEADS_LIST);
  }

  return (
    <section aria-labelledby="lead-duplicates-title">
      <h2 id="lead-duplicates-title">{t("lead.duplicates.title")}</h2>
      {lead.duplicateCandidates.length === 0 ? (
        <p>{t("lead.duplicates.none")}</p>
      ) : (
        <ul>
          {lead.duplicateCandidates.map(({ lead: duplicate, reasons }) => (
            <li key={duplicate.id}>
              <strong>{duplicate.name}</strong>{" "}
              {[duplicate.company, duplicate.email, duplicate.phone && phoneShown(duplicate.phone)]
                .filter(Boolean)
                .join(" · ")}
              <br />
              <span>
                {reasons.map((reason) => t(`lead.duplicates.reasons.${reason}`)).join(", ")}
              </span>
              <br />
              <button type="button" className="secondary" onClick={() => void mergeIn(duplicate)}>
                {t("lead.duplicates.merge", { name: duplicate.name })}
              </button>
              {rows.faults[duplicate.id] && <p className="fault">{rows.faults[duplicate.id]}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
