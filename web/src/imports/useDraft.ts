// A draft import's settings, changed one at a time as the person makes them: shown
// at once, then as the server keeps them (a template changes many columns), or put
// back with the server's reasons, each by the field it is about ("columns.2" for
// the third column, "sourceId", "matchKeys", "onMatch", "templateId").
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describe, type Faults, faultsOf, inOwnWords } from "../api/faults";
import { useApiMutation, useRefresh } from "../api/hooks";
import { graphql } from "../gql";
import type { MatchKey, OnMatch } from "../gql/graphql";
import { IMPORT_DETAILS } from "./importDetails";
import { IMPORT_HISTORY } from "./ImportHistory";
import { IMPORT_PREVIEW } from "./ImportPreview";

const CHANGE_LEAD_IMPORT = graphql(`
  mutation ChangeLeadImport($input: ChangeLeadImportInput!) {
    changeLeadImport(input: $input) {
      leadImport {
        id
        columns {
          header
          target
        }
        matchKeys
        onMatch
        source {
          id
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export interface Settings {
  /** Each column's target, in the file's order; null: left out. */
  columns: (string | null)[];
  sourceId: string | null;
  matchKeys: MatchKey[];
  onMatch: OnMatch;
}

interface Draft {
  id: string;
  columns: { target?: string | null }[];
  matchKeys: MatchKey[];
  onMatch: OnMatch;
  source?: { id: string } | null;
}

export type Change = Partial<Settings> & { templateId?: string };

function settingsOf(draft: Draft): Settings {
  return {
    columns: draft.columns.map((column) => column.target ?? null),
    sourceId: draft.source?.id ?? null,
    matchKeys: draft.matchKeys,
    onMatch: draft.onMatch,
  };
}

export function useDraft(draft: Draft) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const mutation = useApiMutation(CHANGE_LEAD_IMPORT);
  const [settings, setSettings] = useState(() => settingsOf(draft));
  const [faults, setFaults] = useState<Faults>({});

  /** Whether the change was kept; ``where``: the field a request that failed as a
   * whole is told beside. */
  async function change(input: Change, where: string): Promise<boolean> {
    const { templateId: _, ...shown } = input;
    const before = Object.fromEntries(
      Object.keys(shown).map((key) => [key, settings[key as keyof Settings]]),
    ) as Partial<Settings>;
    setSettings((current) => ({ ...current, ...shown }));
    let kept = false;
    try {
      const { changeLeadImport: answer } = await mutation.mutateAsync({
        input: { importId: draft.id, ...input },
      });
      setFaults(faultsOf(t, inOwnWords(t, "imports.faults", answer.errors)));
      const { leadImport } = answer;
      setSettings((current) => (leadImport ? settingsOf(leadImport) : { ...current, ...before }));
      kept = Boolean(leadImport);
    } catch (error) {
      setFaults({ [where]: describe(t, error) });
      setSettings((current) => ({ ...current, ...before }));
    }
    await refresh(IMPORT_DETAILS, IMPORT_PREVIEW, IMPORT_HISTORY);
    return kept;
  }

  return { settings, faults, change };
}
