// An activity in words: who did what. The feed's activities do not name their
// lead (the API's Activity has no lead field), so the words speak of "a lead".
import { useTranslation } from "react-i18next";
import type { DashboardActivityFragment } from "../../gql/graphql";
import { useFigures } from "../figures";
import { useDashboardFormat } from "../format";

type Activity = DashboardActivityFragment;

export function useDescribeActivity() {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const figureOf = useFigures();

  function actorOf({ actor }: Activity): string {
    switch (actor.__typename) {
      case "MemberActor":
        return actor.member?.name ?? t("dashboard.feed.formerMember");
      case "PartnerClientActor":
        return t("dashboard.feed.partnerApp");
      case "SystemActor":
        return actor.onBehalfOf
          ? t("dashboard.feed.systemFor", { name: actor.onBehalfOf.name })
          : t("dashboard.feed.system");
    }
  }

  /** What the activity's details add to its sentence. */
  function detailsOf({ details }: Activity): Record<string, string> {
    switch (details?.__typename) {
      case "CreatedDetails":
        return { stage: details.stageName };
      case "AssignedDetails":
        return {
          owner: details.owner?.name ?? details.team?.name ?? t("dashboard.feed.nobody"),
        };
      case "StageChangedDetails":
        return {
          from: details.fromStageName,
          to: details.toStageName,
          amount: figureOf("amount", details.wonAmount),
        };
      case "MergedDetails":
        return { name: details.mergedLeadName };
      case "ParkedDetails":
        return { day: format.day(details.until) };
      case "ImportedDetails":
        return {
          file: details.fileName,
          created: format.count(details.created),
          updated: format.count(details.updated),
        };
      default:
        return {};
    }
  }

  return (activity: Activity): string => {
    const won =
      activity.details?.__typename === "StageChangedDetails" && activity.details.wonAmount;
    const words = won ? "dashboard.feed.won" : (`dashboard.feed.kinds.${activity.kind}` as const);
    return t(words, { actor: actorOf(activity), ...detailsOf(activity) });
  };
}
