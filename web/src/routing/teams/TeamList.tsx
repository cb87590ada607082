import { useTranslation } from "react-i18next";
import { MorePages } from "../../ui/MorePages";
import { Failed, Loading } from "../../ui/states";
import { TeamCard } from "./TeamCard";
import { useTeams } from "./teams";

interface Props {
  manages: boolean;
  onChanged: (notice: string) => void;
}

export function TeamList({ manages, onChanged }: Props) {
  const { t } = useTranslation();
  const teams = useTeams();
  if (teams.isPending) return <Loading />;
  if (teams.isError) return <Failed error={teams.error} retry={() => void teams.refetch()} />;
  return (
    <section aria-labelledby="routing-teams-list">
      <h2 id="routing-teams-list">{t("routing.teams.list")}</h2>
      {teams.nodes?.length === 0 ? (
        <p>{t(manages ? "routing.teams.noneYet" : "routing.teams.none")}</p>
      ) : (
        <ul className="routing-cards">
          {teams.nodes?.map((team) => (
            <li key={team.id}>
              <TeamCard team={team} manages={manages} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
      <MorePages pages={teams} />
    </section>
  );
}
