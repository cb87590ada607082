// Acting on one row of a settings table: what went wrong is shown in the row,
// what was done in the page's status, and the table is fetched again either way.
import { useTranslation } from "react-i18next";
import type { PayloadError } from "../api/faults";
import { useRowFaults } from "../ui/rowFaults";
import { explained } from "./refusals";

type Send = () => Promise<readonly PayloadError[]>;

export function useRowActs(refresh: () => Promise<unknown>, onChanged: (notice: string) => void) {
  const { t } = useTranslation();
  const rows = useRowFaults();

  /** Sends ``send`` for the row; whether it went through. */
  async function act(rowId: string, send: Send, done: string): Promise<boolean> {
    const went = await rows.attempt(rowId, async () => explained(t, await send()));
    if (went) onChanged(done);
    await refresh();
    return went;
  }

  /** Removes the row, once the person confirms ``question``. */
  async function remove(rowId: string, question: string, send: Send, done: string) {
    if (window.confirm(question)) await act(rowId, send, done);
  }

  return { faults: rows.faults, act, remove };
}
