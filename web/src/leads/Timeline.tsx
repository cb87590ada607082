// A lead's timeline: what happened to it, the latest first, each in words with
// who did it and when.
import { useTranslation } from "react-i18next";
import { useApiPages } from "../api/hooks";
import { graphql } from "../gql";
import type { LeadTimelineQuery } from "../gql/graphql";
import { useFormat } from "../ui/format";
import { MorePages } from "../ui/MorePages";
import { Failed, Loading } from "../ui/states";

export const LEAD_TIMELINE = graphql(`
  query LeadTimeline($id: ID!, $after: String) {
    lead(id: $id) {
      id
      activities(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            occurredAt
            actor {
              __typename
              ... on MemberActor {
                member {
                  id
                  name
                }
              }
            }
            details {
              __typename
              ... on UpdatedDetails {
                changedFields
              }
              ... on AssignedDetails {
                owner {
                  id
                  name
                }
                team {
                  id
                  name
                }
              }
              ... on StageChangedDetails {
                fromStageName
                toStageName
              }
              ... on NoteDetails {
                body
              }
              ... on CallDetails {
                body
                outcome
                durationSeconds
              }
              ... on EmailDetails {
                body
              }
              ... on MeetingDetails {
                body
              }
              ... on MergedDetails {
                mergedLeadName
              }
              ... on ParkedDetails {
                until
              }
            }
          }
        }
      }
    }
  }
`);

type Activity = NonNullable<LeadTimelineQuery["lead"]>["activities"]["edges"][number]["node"];

const NO_PAGE = { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

export function Timeline({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const activities = useApiPages(
    LEAD_TIMELINE,
    { id: leadId },
    (result) => result.lead?.activities ?? NO_PAGE,
  );
  if (activities.isPending) return <Loading />;
  if (activities.isError) {
    return <Failed error={activities.error} retry={() => void activities.refetch()} />;
  }
  if (!activities.nodes?.length) return <p>{t("lead.timeline.none")}</p>;
  return (
    <>
      <ol className="timeline">
        {activities.nodes.map((activity) => (
          <li key={activity.id}>
            <strong>{said(activity)}</strong>{" "}
            <span className="hint">
              <time dateTime={activity.occurredAt}>{dateTime(activity.occurredAt)}</time>{" "}
              {byWhom(activity)}
            </span>
            {"body" in (activity.details ?? {}) && (
              <p>{(activity.details as { body: string }).body}</p>
            )}
          </li>
        ))}
      </ol>
      <MorePages pages={activities} />
    </>
  );

  function byWhom(activity: Activity): string {
    switch (activity.actor.__typename) {
      case "MemberActor":
        return t("lead.timeline.by", { name: activity.actor.member?.name ?? "?" });
      case "PartnerClientActor":
        return t("lead.timeline.byApp");
      default:
        return t("lead.timeline.bySystem");
    }
  }

  function said(activity: Activity): string {
    const details = activity.details;
    switch (details?.__typename) {
      case "UpdatedDetails":
        return t("lead.activity.UPDATED", { fields: details.changedFields.join(", ") });
      case "AssignedDetails":
        return details.owner || details.team
          ? t("lead.activity.ASSIGNED", { name: details.owner?.name ?? details.team?.name })
          : t("lead.activity.UNASSIGNED");
      case "StageChangedDetails":
        return t("lead.activity.STAGE_CHANGED", {
          from: details.fromStageName,
          to: details.toStageName,
        });
      case "MergedDetails":
        return t("lead.activity.MERGED", { name: details.mergedLeadName });
      case "ParkedDetails":
        return t("lead.activity.PARKED", { until: details.until });
      case "CallDetails": {
        const outcome = details.outcome ? ` · ${t(`lead.log.outcomes.${details.outcome}`)}` : "";
        const minutes = details.durationSeconds
          ? ` · ${t("lead.timeline.minutes", { count: Math.round(details.durationSeconds / 60) })}`
          : "";
        return `${t("lead.activity.CALL")}${outcome}${minutes}`;
      }
      default:
        return t(`lead.activity.${activity.kind}`);
    }
  }
}
