// Acting on one row of a table: what went wrong is kept by the row's id, to be
// shown in that row, until the next try.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describe, type PayloadError } from "../api/faults";

export function useRowFaults() {
  const { t } = useTranslation();
  const [faults, setFaults] = useState<Record<string, string>>({});

  function keep(rowId: string, fault: string | null) {
    setFaults(({ [rowId]: _, ...others }) => (fault ? { ...others, [rowId]: fault } : others));
  }

  /** Sends ``send`` (which gives the payload's errors); whether it went through. */
  async function attempt(
    rowId: string,
    send: () => Promise<readonly PayloadError[]>,
  ): Promise<boolean> {
    keep(rowId, null);
    try {
      const [error] = await send();
      keep(rowId, error ? describe(t, error) : null);
      return !error;
    } catch (error) {
      keep(rowId, describe(t, error));
      return false;
    }
  }

  /** Forgets the row's last fault: a new try of another kind is under way. */
  const forget = (rowId: string) => keep(rowId, null);

  return { faults, attempt, forget };
}
