// The company's settings the dashboard counts and writes by: the time zone its
// days are in, and the currency of its amounts.
import { createContext, useContext } from "react";
import { graphql } from "../gql";

export const DASHBOARD_SETTINGS = graphql(`
  query DashboardSettings {
    tenant {
      id
      timeZone
      currency
    }
  }
`);

export interface Settings {
  timeZone: string;
  currency: string;
  /** Today's date in the time zone, when the page was shown. */
  today: string;
}

export const SettingsContext = createContext<Settings | null>(null);

export function useSettings(): Settings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error("useSettings outside the dashboard");
  return settings;
}
