import { useTranslation } from "react-i18next";
import { useFormat } from "../../ui/format";

interface Props {
  endpoint: { enabled: boolean; disabledAt?: string | null; disabledReason?: string | null };
}

/** Whether the endpoint is on; if not, since when and why: by hand, its app revoked,
 * or a day of failures (in the API's own words). */
export function EndpointStatus({ endpoint }: Props) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  if (endpoint.enabled) return t("webhooks.on");
  const since = endpoint.disabledAt
    ? t("webhooks.offSince", { when: dateTime(endpoint.disabledAt) })
    : t("webhooks.off");
  return [since, endpoint.disabledReason].filter(Boolean).join(" ");
}
