import { useFragment, type FragmentType } from "../../gql";
import { useDashboardFormat } from "../format";
import { useDescribeActivity } from "./describe";
import { ACTIVITY } from "./feed";

type ActivityRef = FragmentType<typeof ACTIVITY> & { id: string };

/** The activities, newest first: each in words, with when it happened. */
export function ActivityList({ activities }: { activities: ActivityRef[] }) {
  const describe = useDescribeActivity();
  const { moment } = useDashboardFormat();
  return (
    <ol className="dashboard-feed">
      {activities.map((activity) => (
        <ActivityItem key={activity.id} activity={activity} describe={describe} moment={moment} />
      ))}
    </ol>
  );
}

interface ItemProps {
  activity: ActivityRef;
  describe: ReturnType<typeof useDescribeActivity>;
  moment: (iso: string) => string;
}

function ActivityItem({ activity: ref, describe, moment }: ItemProps) {
  const activity = useFragment(ACTIVITY, ref);
  return (
    <li>
      <p>{describe(activity)}</p>
      <time dateTime={activity.occurredAt}>{moment(activity.occurredAt)}</time>
    </li>
  );
}
