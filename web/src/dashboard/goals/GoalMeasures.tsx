import { useTranslation } from "react-i18next";
import type { Faults } from "../../api/faults";
import { SelectField } from "../../ui/SelectField";
import { useSources, useStages } from "../../api/choices";
import { needs, type Draft } from "./draft";

interface Props {
  draft: Draft;
  faults: Faults;
  onChange: (changes: Partial<Draft>) => void;
}

/** The stages or the source the goal's metric is measured by, for those that have any. */
export function GoalMeasures({ draft, faults, onChange }: Props) {
  const { t } = useTranslation();
  const stages = useStages();
  const sources = useSources();
  const measures = needs(draft.metric);
  const choose = { value: "", label: t("dashboard.goals.choose") };
  const stageOptions = [
    choose,
    ...(stages.nodes ?? []).map((stage) => ({ value: stage.id, label: stage.name })),
  ];
  // A source's return is measured on its cost.
  const costed = (sources.nodes ?? []).filter((source) => source.cost != null);
  return (
    <>
      {measures.fromStage && (
        <SelectField
          label={t("dashboard.goals.fromStage")}
          value={draft.fromStageId}
          options={stageOptions}
          fault={faults.fromStageId}
          onChange={(fromStageId) => onChange({ fromStageId })}
        />
      )}
      {measures.stage && (
        <SelectField
          label={t(measures.fromStage ? "dashboard.goals.toStage" : "dashboard.goals.stage")}
          value={draft.stageId}
          options={stageOptions}
          fault={faults.stageId}
          onChange={(stageId) => onChange({ stageId })}
        />
      )}
      {measures.source && (
        <SelectField
          label={t("dashboard.goals.source")}
          value={draft.sourceId}
          options={[choose, ...costed.map((source) => ({ value: source.id, label: source.name }))]}
          fault={faults.sourceId}
          onChange={(sourceId) => onChange({ sourceId })}
        />
      )}
    </>
  );
}
