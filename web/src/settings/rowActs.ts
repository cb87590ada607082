// Acting on one row of a settings table: what went wrong is shown in the row,
// what was done in the page's status, and the table is fetched again either way.
// A row deleted takes its buttons with it: the focus goes to the table's heading.
import { useTranslation } from "react-i18next";
import { inOwnWords, type PayloadError } from "../api/faults";
import { useRowFaults } from "../ui/rowFaults";
import { useFocusLater } from "../ui/useFocusLater";

type Send = () => Promise<readonly PayloadError[]>;

export function useRowActs(
  refresh: () => Promise<unknown>,
  onChanged: (notice: string) => void,
  /** The id of the table's heading. */
  headingId: string,
) {
  const { t } = useTranslation();
  const rows = useRowFaults();
  const focusLater = useFocusLater();

  /** Sends ``send`` for the row; whether it went through. */
  async function act(rowId: string, send: Send, done: string): Promise<boolean> {
    const went = await rows.attempt(rowId, async () =>
      inOwnWords(t, "settings.refusals", await send()),
    );
    if (went) onChanged(done);
    await refresh();
    return went;
  }

  /** Removes the row, once the person confirms ``question``. */
  async function remove(rowId: string, question: string, send: Send, done: string) {
    if (window.confirm(question) && (await act(rowId, send, done))) focusLater(headingId);
  }

  return { faults: rows.faults, act, remove };
}
