// The person using the app, and the company they are working in, for every page
// behind the login.
import { createContext, useContext } from "react";
import type { MeQuery } from "../gql/graphql";
import type { Language } from "../i18n/language";

type Me = MeQuery["me"];
export type Membership = Me["memberships"][number];

export interface Viewer {
  user: Me["user"];
  memberships: Me["memberships"];
  /** Their membership in the company chosen. */
  current: Membership;
  /** The language they chose; null: their browser's. */
  language: Language | null;
}

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer outside the signed-in pages");
  return viewer;
}
