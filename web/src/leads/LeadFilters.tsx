// The filter of the leads list: a search as one types (a moment after the last
// key), and a choice of stage, owner, source, temperature and least score.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LeadFilterInput, Temperature } from "../gql/graphql";
import { Field } from "../ui/Field";
import { SelectField } from "../ui/SelectField";
import { useOwners, useSources, useStages } from "./lookups";
import { TEMPERATURES, type LeadsView } from "./view";

const TYPING_PAUSE_MS = 300;
const ANY = "";

interface Props {
  view: LeadsView;
  onChange: (view: LeadsView) => void;
}

export function LeadFilters({ view, onChange }: Props) {
  const { t } = useTranslation();
  const stages = useStages();
  const sources = useSources();
  const owners = useOwners();
  const { filter } = view;
  const [text, setText] = useState(filter.text ?? "");
  // The view when the typing pause ends, not when it began: a stage chosen or a
  // saved view opened meanwhile is kept.
  const latest = useRef(view);
  useLayoutEffect(() => {
    latest.current = view;
  });

  // A view opened (or the address changed) puts its search in the box.
  useEffect(() => setText(filter.text ?? ""), [filter.text]);

  function change(changes: Partial<LeadFilterInput>) {
    const current = latest.current;
    const next: LeadFilterInput = { ...current.filter, ...changes };
    for (const key of Object.keys(next) as (keyof LeadFilterInput)[]) {
      const value = next[key];
      if (value === undefined || value === null || (Array.isArray(value) && !value.length)) {
        delete next[key];
      }
    }
    onChange({ ...current, filter: next });
  }

  useEffect(() => {
    if (text.trim() === (filter.text ?? "")) return undefined;
    const typing = setTimeout(() => change({ text: text.trim() || undefined }), TYPING_PAUSE_MS);
    return () => clearTimeout(typing);
  }, [text, filter.text]);

  const any = { value: ANY, label: t("leads.filters.any") };
  const one = (values: readonly string[] | string | null | undefined) =>
    (Array.isArray(values) ? values[0] : values) ?? ANY;
  const list = (value: string) => (value ? [value] : undefined);
  return (
    <form role="search" className="leads-filters" onSubmit={(event) => event.preventDefault()}>
      <div>
        <Field
          label={t("leads.filters.search")}
          type="search"
          hint={t("leads.filters.searchHint")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div>
        <SelectField
          label={t("leads.filters.stage")}
          value={one(filter.stageIds)}
          options={[any, ...stages.map((s) => ({ value: s.id, label: s.name }))]}
          onChange={(value) => change({ stageIds: list(value) })}
        />
      </div>
      <div>
        <SelectField
          label={t("leads.filters.owner")}
          value={one(filter.ownerIds)}
          options={[any, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={(value) => change({ ownerIds: list(value) })}
        />
      </div>
      <div>
        <SelectField
          label={t("leads.filters.source")}
          value={one(filter.sourceIds)}
          options={[any, ...sources.map((s) => ({ value: s.id, label: s.name }))]}
          onChange={(value) => change({ sourceIds: list(value) })}
        />
      </div>
      <div>
        <SelectField
          label={t("leads.filters.temperature")}
          value={one(filter.temperatures)}
          options={[
            any,
            ...TEMPERATURES.map((temperature) => ({
              value: temperature,
              label: t(`leads.temperatures.${temperature}`),
            })),
          ]}
          onChange={(value) => change({ temperatures: list(value) as Temperature[] | undefined })}
        />
      </div>
      <div>
        <Field
          label={t("leads.filters.minScore")}
          type="number"
          inputMode="numeric"
          min={0}
          value={filter.minScore ?? ""}
          onChange={(event) => {
            const score = event.target.valueAsNumber;
            change({ minScore: Number.isInteger(score) ? score : undefined });
          }}
        />
      </div>
      {Object.keys(filter).length > 0 && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setText("");
            onChange({ ...view, filter: {} });
          }}
        >
          {t("leads.filters.clear")}
        </button>
      )}
    </form>
  );
}
