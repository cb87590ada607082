// Everything the dashboard shows under its heading, in the company's time zone
// and currency: the filters, the key figures, the goals and the live feed.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/hooks";
import { Failed, Loading } from "../ui/states";
import "./dashboard.css";
import { ActivityFeed } from "./feed/ActivityFeed";
import { Filters } from "./Filters";
import { useDashboardFormat } from "./format";
import { Goals } from "./goals/Goals";
import { KeyFigures } from "./KeyFigures";
import { bucketFor, todayIn } from "./period";
import { useKpiRefresh } from "./refresh";
import { DASHBOARD_SETTINGS, SettingsContext, useSettings } from "./settings";
import { feedOf, kpiFiltersOf, periodOf, useDashboardView } from "./view";

interface Props {
  onChanged: (notice: string) => void;
}

export function Overview({ onChanged }: Props) {
  const settings = useApiQuery(DASHBOARD_SETTINGS, {});
  if (settings.isPending) return <Loading />;
  if (settings.isError) {
    return <Failed error={settings.error} retry={() => void settings.refetch()} />;
  }
  const { timeZone, currency } = settings.data.tenant;
  return (
    <SettingsContext.Provider value={{ timeZone, currency, today: todayIn(timeZone) }}>
      <Sections onChanged={onChanged} />
    </SettingsContext.Provider>
  );
}

function Sections({ onChanged }: Props) {
  const { t } = useTranslation();
  const { today } = useSettings();
  const format = useDashboardFormat();
  const { view, change } = useDashboardView();
  useKpiRefresh();
  const titleId = useId();
  const chosen = periodOf(view, today);
  const feed = feedOf(view);
  return (
    <>
      <Filters view={view} faults={"faults" in chosen ? chosen.faults : {}} onChange={change} />
      <section aria-labelledby={titleId}>
        <h2 id={titleId}>{t("dashboard.kpis.title")}</h2>
        {"period" in chosen ? (
          <>
            <p className="hint">{format.days(chosen.period.firstDay, chosen.period.lastDay)}</p>
            <KeyFigures
              request={{
                period: chosen.period,
                bucket: bucketFor(chosen.period),
                filters: kpiFiltersOf(view),
              }}
            />
          </>
        ) : (
          <p>{t("dashboard.kpis.choosePeriod")}</p>
        )}
      </section>
      <Goals onChanged={onChanged} />
      <ActivityFeed
        // Another person's or team's feed starts afresh: what came live was not theirs.
        key={JSON.stringify(feed)}
        feed={feed}
      />
    </>
  );
}
