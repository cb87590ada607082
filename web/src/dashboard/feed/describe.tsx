// An activity in words: who did what, to which lead (its name a link to it).
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DashboardActivityFragment } from "../../gql/graphql";
import { useFigures } from "../figures";
import { useDashboardFormat } from "../format";

type Activity = DashboardActivityFragment;

// Where the lead goes in a sentence: the words are split around it, so that the
// name is a link and no name is ever read as markup.
const LEAD_MARK = "\u2063lead\u2063";

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

  /** The lead by its name, linked to its page; one the viewer may not see, unnamed. */
  function leadOf({ lead }: Activity): ReactNode {
    if (!lead) return t("dashboard.feed.aLead");
    return <Link to={`/leads/${encodeURIComponent(lead.id)}`}>{lead.name}</Link>;
  }

  return (activity: Activity): ReactNode => {
    const won =
      activity.details?.__typename === "StageChangedDetails" && activity.details.wonAmount;
    const words = won ? "dashboard.feed.won" : (`dashboard.feed.kinds.${activity.kind}` as const);
    const sentence = t(words, {
      actor: actorOf(activity),
      ...detailsOf(activity),
      lead: LEAD_MARK,
    });
    const [before, ...after] = sentence.split(LEAD_MARK);
    if (after.length === 0) return sentence;
    return (
      <>
        {before}
        {leadOf(activity)}
        {after.join("")}
      </>
    );
  };
}
