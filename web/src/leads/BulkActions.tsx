// What can be done to the selected leads at once: give them to someone, move them
// to a stage, tag or untag them, delete them. Each is all or nothing (the API's
// bulk mutations take up to 1,000 leads and write nothing when one is refused).
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { describe, type PayloadError } from "../api/faults";
import { useApiMutation, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import { Field } from "../ui/Field";
import { SelectField } from "../ui/SelectField";
import { useMay } from "../shell/permissions";
import { FormFault } from "../ui/states";
import { useOwners, useStages } from "./lookups";
import { LEADS_LIST } from "./useLeadsList";

const ASSIGN = graphql(`
  mutation AssignLeads($input: AssignLeadsInput!) {
    assignLeads(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);
const MOVE = graphql(`
  mutation MoveLeads($input: MoveLeadsInput!) {
    moveLeads(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);
const TAG = graphql(`
  mutation TagLeads($input: TagLeadsInput!) {
    tagLeads(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);
const UNTAG = graphql(`
  mutation UntagLeads($input: TagLeadsInput!) {
    untagLeads(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);
const DELETE = graphql(`
  mutation DeleteLeads($input: DeleteLeadsInput!) {
    deleteLeads(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

const NOBODY = "";
// The most leads one bulk mutation takes (leads.bulk.MAX_LEADS).
export const MOST_AT_ONCE = 1000;

interface Props {
  leadIds: string[];
  onDone: (notice: string) => void;
}

export function BulkActions({ leadIds, onDone }: Props) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const owners = useOwners();
  const stages = useStages().filter((stage) => stage.kind === "OPEN");
  const [ownerId, setOwnerId] = useState(NOBODY);
  const [stageId, setStageId] = useState("");
  const [tag, setTag] = useState("");
  const [fault, setFault] = useState<string>();
  const [busy, setBusy] = useState(false);
  const assign = useApiMutation(ASSIGN);
  const move = useApiMutation(MOVE);
  const tagLeads = useApiMutation(TAG);
  const untagLeads = useApiMutation(UNTAG);
  const remove = useApiMutation(DELETE);
  const count = leadIds.length;
  const mayDelete = useMay("CanDeleteLeads");

  /** Sends one action; on success, says ``done`` and refreshes the list. */
  async function act(send: () => Promise<readonly PayloadError[]>, done: string) {
    setBusy(true);
    setFault(undefined);
    try {
      const [error] = await send();
      if (error) return setFault(describe(t, error));
      onDone(done);
      await refresh(LEADS_LIST);
    } catch (error) {
      setFault(describe(t, error));
    } finally {
      setBusy(false);
    }
  }

  function onAssign(event: FormEvent) {
    event.preventDefault();
    const owner = owners.find((o) => o.id === ownerId);
    const done = owner
      ? t("leads.bulk.assigned", { count, name: owner.name })
      : t("leads.bulk.unassigned", { count });
    void act(
      async () =>
        (await assign.mutateAsync({ input: { leadIds, ownerId: ownerId || null } })).assignLeads
          .errors,
      done,
    );
  }

  function onMove(event: FormEvent) {
    event.preventDefault();
    const stage = stages.find((s) => s.id === stageId) ?? stages[0];
    if (!stage) return;
    void act(
      async () =>
        (await move.mutateAsync({ input: { leadIds, stageId: stage.id } })).moveLeads.errors,
      t("leads.bulk.moved", { count, stage: stage.name }),
    );
  }

  function onTag(adding: boolean) {
    const input = { leadIds, tag: tag.trim() };
    void act(
      async () =>
        adding
          ? (await tagLeads.mutateAsync({ input })).tagLeads.errors
          : (await untagLeads.mutateAsync({ input })).untagLeads.errors,
      t(adding ? "leads.bulk.tagged" : "leads.bulk.untagged", { count, tag: input.tag }),
    );
  }

  function onDelete() {
    if (!window.confirm(t("leads.bulk.confirmDelete", { count }))) return;
    void act(
      async () => (await remove.mutateAsync({ input: { leadIds } })).deleteLeads.errors,
      t("leads.bulk.deleted", { count }),
    );
  }

  return (
    <section className="leads-bulk" aria-labelledby="leads-bulk-title" aria-busy={busy}>
      <h2 id="leads-bulk-title" className="visually-hidden">
        {t("leads.bulk.title", { count })}
      </h2>
      <strong aria-hidden="true">{t("leads.bulk.title", { count })}</strong>
      <FormFault id="leads-bulk-fault" fault={fault} />
      <form className="leads-bulk" onSubmit={onAssign}>
        <div>
          <SelectField
            label={t("leads.bulk.assign")}
            value={ownerId}
            options={[
              { value: NOBODY, label: t("leads.filters.nobody") },
              ...owners.map((o) => ({ value: o.id, label: o.name })),
            ]}
            onChange={setOwnerId}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t("leads.bulk.assignSubmit")}
        </button>
      </form>
      <form className="leads-bulk" onSubmit={onMove}>
        <div>
          <SelectField
            label={t("leads.bulk.move")}
            value={stageId || stages[0]?.id || ""}
            options={stages.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setStageId}
          />
        </div>
        <button type="submit" disabled={busy || !stages.length}>
          {t("leads.bulk.moveSubmit")}
        </button>
      </form>
      <form
        className="leads-bulk"
        onSubmit={(event) => {
          event.preventDefault();
          onTag(true);
        }}
      >
        <div>
          <Field label={t("leads.bulk.tag")} value={tag} onChange={(e) => setTag(e.target.value)} />
        </div>
        <button type="submit" disabled={busy || !tag.trim()}>
          {t("leads.bulk.addTag")}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy || !tag.trim()}
          onClick={() => onTag(false)}
        >
          {t("leads.bulk.removeTag")}
        </button>
      </form>
      {mayDelete && (
        <button type="button" className="secondary" disabled={busy} onClick={onDelete}>
          {t("leads.bulk.delete")}
        </button>
      )}
    </section>
  );
}
