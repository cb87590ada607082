import { useTranslation } from "react-i18next";

export type Direction = -1 | 1;

/** The id of a stage's button that moves it up (-1) or down (1). */
export const moveButtonId = (stageId: string, by: Direction) =>
  `move-${by < 0 ? "up" : "down"}-${stageId}`;

interface Props {
  stageId: string;
  name: string;
  first: boolean;
  last: boolean;
  onMove: (by: Direction) => void;
}

/** A stage's buttons that move it one place up or down the funnel. */
export function MoveButtons({ stageId, name, first, last, onMove }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        id={moveButtonId(stageId, -1)}
        className="secondary"
        aria-label={t("settings.stages.moveUp", { name })}
        disabled={first}
        onClick={() => onMove(-1)}
      >
        {t("settings.stages.up")}
      </button>{" "}
      <button
        type="button"
        id={moveButtonId(stageId, 1)}
        className="secondary"
        aria-label={t("settings.stages.moveDown", { name })}
        disabled={last}
        onClick={() => onMove(1)}
      >
        {t("settings.stages.down")}
      </button>
    </>
  );
}
