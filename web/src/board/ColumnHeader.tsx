// A stage's head: its name, how many leads it holds, its chance to win, and what
// its leads are worth, in all and weighted by that chance.
import { useTranslation } from "react-i18next";
import { useFormat } from "../ui/format";
import { toCents } from "./money";
import type { BoardLead, Stage } from "./queries";

interface Props {
  stage: Stage;
  headingId: string;
  /** The leads the column shows, which its sums add up. */
  shown: readonly BoardLead[];
  /** The leads matching, as the API counts them; undefined until the column has
   * loaded, and its sums with it. */
  count?: { totalCount: number; totalCountIsCapped: boolean };
  /** Whether the column holds more leads than it shows. */
  partial: boolean;
}

export function ColumnHeader({ stage, headingId, shown, count, partial }: Props) {
  const { t } = useTranslation();
  const { money: amount, percent } = useFormat();
  const money = (cents: number) => amount(cents / 100);
  // The API sums no stage's values, so the board adds up the leads it has.
  const total = shown.reduce((sum, lead) => sum + toCents(lead.expectedValue ?? "0"), 0);
  const weighted = Math.round(total * stage.winProbability);
  return (
    <header className="board-column-head">
      <h2 id={headingId}>{stage.name}</h2>
      {count && (
        <p>
          {t(count.totalCountIsCapped ? "board.leadCountCapped" : "board.leadCount", {
            count: count.totalCount,
          })}
        </p>
      )}
      <dl className="board-sums">
        <div>
          <dt>{t("board.winProbability")}</dt>
          <dd>{percent(stage.winProbability)}</dd>
        </div>
        {count && (
          <>
            <div>
              <dt>{t("board.total")}</dt>
              <dd>{money(total)}</dd>
            </div>
            <div>
              <dt>{t("board.weighted")}</dt>
              <dd>{money(weighted)}</dd>
            </div>
          </>
        )}
      </dl>
      {partial && <p className="hint">{t("board.partialSums", { count: shown.length })}</p>}
    </header>
  );
}
