// The latest activities of the view's person or team (or the whole company's),
// then each new one as it is recorded, on top.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiPages } from "../../api/hooks";
import type { FeedInput } from "../../gql/graphql";
import { MorePages } from "../../ui/MorePages";
import { Failed, Loading } from "../../ui/states";
import { ActivityList } from "./ActivityList";
import { FEED } from "./feed";
import { useLiveFeed, type FeedEvent } from "./useLiveFeed";
import { Status } from "../../ui/Status";

export function ActivityFeed({ feed }: { feed: FeedInput | null }) {
  const { t } = useTranslation();
  const titleId = useId();
  const fetched = useApiPages(FEED, { feed }, (result) => result.activityFeed);
  const [live, setLive] = useState<FeedEvent["activity"][]>([]);
  const { lost } = useLiveFeed(feed, ({ activity }) => {
    // Resuming from a cursor may bring again what came before the connection was lost.
    setLive((earlier) =>
      earlier.some(({ id }) => id === activity.id) ? earlier : [activity, ...earlier],
    );
  });
  // An activity recorded while the first page was asked for may come both ways.
  const liveIds = new Set(live.map((activity) => activity.id));
  const activities = [...live, ...(fetched.nodes ?? []).filter(({ id }) => !liveIds.has(id))];

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("dashboard.feed.title")}</h2>
      <Status message={lost ? t("dashboard.feed.reconnecting") : ""} className="notice" />
      {fetched.isPending ? (
        <Loading />
      ) : fetched.isError ? (
        <Failed error={fetched.error} retry={() => void fetched.refetch()} />
      ) : activities.length === 0 ? (
        <p>{t("dashboard.feed.empty")}</p>
      ) : (
        <ActivityList activities={activities} />
      )}
      <MorePages pages={fetched} />
    </section>
  );
}
