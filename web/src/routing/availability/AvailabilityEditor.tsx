// A member's availability (the viewer's own if no userId), as it is now, to change.
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../api/hooks";
import { Failed, Loading } from "../../ui/states";
import { AVAILABILITY } from "./availability";
import { AvailabilityForm } from "./AvailabilityForm";

interface Props {
  userId?: string;
  /** What the page says once it is saved. */
  savedNotice: string;
  onSaved: (notice: string) => void;
}

export function AvailabilityEditor({ userId, savedNotice, onSaved }: Props) {
  const { t } = useTranslation();
  const answer = useApiQuery(AVAILABILITY, { userId: userId ?? null });
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <Failed error={answer.error} retry={() => void answer.refetch()} />;
  const { timeZone, availability } = answer.data.tenant;
  if (!availability) return <p>{t("routing.availability.notMember")}</p>;
  return (
    <AvailabilityForm
      userId={userId}
      tenantZone={timeZone}
      availability={availability}
      onSaved={() => onSaved(savedNotice)}
    />
  );
}
