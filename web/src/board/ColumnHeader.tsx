// A stage's head: its name, how many leads it holds, its chance to win, and what
// its leads are worth, in all and weighted by that chance.
import { useTranslation } from "react-i18next";
import { useFormat } from "../ui/format";
import { toCents } from "./money";
import type { ColumnSums, Stage } from "./queries";

interface Props {
  stage: Stage;
  headingId: string;
  /** The column's leads as the API counts and sums them, all of them (not only
   * those shown); undefined until the column has loaded. */
  sums?: ColumnSums;
}

export function ColumnHeader({ stage, headingId, sums }: Props) {
  const { t } = useTranslation();
  const { money: amount, percent } = useFormat();
  // Past the API's cap, a sum is of the leads it read: the stage holds at least that.
  const money = (cents: number) => {
    const written = amount(cents / 100);
    return sums?.expectedValueTotalIsCapped ? t("board.atLeast", { amount: written }) : written;
  };
  const total = sums ? toCents(sums.expectedValueTotal) : 0;
  // A column is one stage: its leads share the stage's chance to win.
  const weighted = Math.round(total * stage.winProbability);
  return (
    <header className="board-column-head">
      <h2 id={headingId}>{stage.name}</h2>
      {sums && (
        <p>
          {t(sums.totalCountIsCapped ? "board.leadCountCapped" : "board.leadCount", {
            count: sums.totalCount,
          })}
        </p>
      )}
      <dl className="board-sums">
        <div>
          <dt>{t("board.winProbability")}</dt>
          <dd>{percent(stage.winProbability)}</dd>
        </div>
        {sums && (
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
    </header>
  );
}
