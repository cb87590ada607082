// The pipeline board (/board): every stage of the funnel with its leads, what
// they are worth, and moving them from stage to stage.
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/hooks";
import { Failed, Loading } from "../ui/states";
import "./board.css";
import { Pipeline } from "./Pipeline";
import { BOARD_STAGES } from "./queries";

export function Board() {
  const { t } = useTranslation();
  const stages = useApiQuery(BOARD_STAGES, {});
  return (
    <>
      <h1>{t("board.title")}</h1>
      {stages.isPending ? (
        <Loading />
      ) : stages.isError ? (
        <Failed error={stages.error} retry={() => void stages.refetch()} />
      ) : (
        <Pipeline tenant={stages.data.tenant} />
      )}
    </>
  );
}
