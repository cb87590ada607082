// Which leads the board shows: the viewer's own or everyone's (for those who may
// see others'), and from which source.
import { useTranslation } from "react-i18next";
import { useSources } from "../api/choices";
import { SelectField } from "../ui/SelectField";
import { Failed } from "../ui/states";
import { MINE, type BoardFilter } from "./filter";

export function Filters({ board, seesOthers }: { board: BoardFilter; seesOthers: boolean }) {
  const { t } = useTranslation();
  const sources = useSources();

  return (
    <form
      role="search"
      aria-label={t("board.filters")}
      className="board-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      {seesOthers && (
        <div>
          <SelectField
            label={t("board.owner")}
            value={board.owner}
            options={[
              { value: "", label: t("board.everyone") },
              { value: MINE, label: t("board.mine") },
            ]}
            onChange={(value) => board.choose("owner", value)}
          />
        </div>
      )}
      <div>
        <SelectField
          label={t("board.source")}
          value={board.source}
          options={[
            { value: "", label: t("board.allSources") },
            ...(sources.nodes ?? []).map(({ id, name }) => ({ value: id, label: name })),
          ]}
          onChange={(value) => board.choose("source", value)}
        />
      </div>
      {sources.isError && <Failed error={sources.error} retry={() => void sources.refetch()} />}
    </form>
  );
}
