// Saved views of the list: open one (its filter and order become the page's), save
// the one shown under a name (again under the same name replaces it), share it
// with the company, delete one.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { asFormFaults } from "../api/faults";
import { useApiMutation, useApiQuery, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import type { LeadFilterInput } from "../gql/graphql";
import { may } from "../shell/permissions";
import { useViewer } from "../shell/viewer";
import { CheckboxField } from "../ui/CheckboxField";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { useRowFaults } from "../ui/rowFaults";
import { SelectField } from "../ui/SelectField";
import type { LeadsView } from "./view";

const LEAD_VIEWS = graphql(`
  query LeadViews {
    tenant {
      leadViews {
        id
        name
        filter
        orderBy
        descending
        shared
        mine
        createdBy {
          id
          name
        }
      }
    }
  }
`);

const SAVE_VIEW = graphql(`
  mutation SaveLeadView($input: SaveLeadViewInput!) {
    saveLeadView(input: $input) {
      leadView {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const DELETE_VIEW = graphql(`
  mutation DeleteLeadView($input: DeleteLeadViewInput!) {
    deleteLeadView(input: $input) {
      deletedLeadViewId
      errors {
        field
        code
        message
      }
    }
  }
`);

const NONE = "";

interface Props {
  view: LeadsView;
  onOpen: (view: LeadsView) => void;
  onChanged: (notice: string) => void;
}

export function SavedViews({ view, onOpen, onChanged }: Props) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const refresh = useRefresh();
  const saved = useApiQuery(LEAD_VIEWS, {});
  const saveView = useApiMutation(SAVE_VIEW);
  const deleteView = useApiMutation(DELETE_VIEW);
  const rows = useRowFaults();
  const [chosenId, setChosenId] = useState(NONE);
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const views = saved.data?.tenant.leadViews ?? [];
  const chosen = views.find((v) => v.id === chosenId);
  const form = useForm(async () => {
    const { filter, orderBy, descending } = view;
    const { saveLeadView } = await saveView.mutateAsync({
      input: { name, filter, orderBy, descending, shared },
    });
    if (saveLeadView.leadView) {
      onChanged(t("leads.views.saved", { name: saveLeadView.leadView.name }));
      setChosenId(saveLeadView.leadView.id);
      await refresh(LEAD_VIEWS);
    }
    // The view's filter is the page's, not a field of this form: its faults
    // (filter.ownerIds.0: a member who has left) are told above it.
    const filterFaults = saveLeadView.errors.map((error) =>
      error.field?.startsWith("filter.") ? { ...error, field: "filter" } : error,
    );
    return asFormFaults(filterFaults, "filter", "orderBy");
  });

  function open(id: string) {
    setChosenId(id);
    const picked = views.find((v) => v.id === id);
    if (!picked) return;
    setName(picked.name);
    setShared(picked.shared);
    const { filter, orderBy, descending } = picked;
    onOpen({ filter: filter as LeadFilterInput, orderBy, descending });
  }

  async function remove() {
    if (!chosen || !window.confirm(t("leads.views.confirmDelete", { name: chosen.name }))) return;
    const deleted = await rows.attempt(chosen.id, async () => {
      const input = { leadViewId: chosen.id };
      return (await deleteView.mutateAsync({ input })).deleteLeadView.errors;
    });
    if (!deleted) return;
    onChanged(t("leads.views.deleted", { name: chosen.name }));
    setChosenId(NONE);
    await refresh(LEAD_VIEWS);
  }

  const mayDelete = chosen && (chosen.mine || (chosen.shared && may(viewer, "RemovesSharedViews")));
  return (
    <details className="leads-views">
      <summary>{t("leads.views.title")}</summary>
      <div className="leads-filters">
        <div>
          <SelectField
            label={t("leads.views.open")}
            value={chosenId}
            fault={chosen ? rows.faults[chosen.id] : undefined}
            options={[
              { value: NONE, label: t("leads.views.choose") },
              ...views.map((v) => ({
                value: v.id,
                label: v.mine
                  ? v.name
                  : `${v.name} (${t("leads.views.sharedBy", { name: v.createdBy?.name ?? "?" })})`,
              })),
            ]}
            onChange={open}
          />
        </div>
        {mayDelete && (
          <button type="button" className="secondary" onClick={() => void remove()}>
            {t("leads.views.delete", { name: chosen.name })}
          </button>
        )}
      </div>
      <Form
        form={form}
        label={t("leads.views.save")}
        submit={t("leads.views.save")}
        busy={t("leads.views.saving")}
      >
        <Field
          label={t("leads.views.name")}
          value={name}
          fault={form.faults.name}
          onChange={(event) => setName(event.target.value)}
        />
        <CheckboxField
          label={t("leads.views.shared")}
          checked={shared}
          fault={form.faults.shared}
          onChange={(event) => setShared(event.target.checked)}
        />
      </Form>
    </details>
  );
}
