// Importing and exporting lists is for those whose reach is the whole company
// (the platform's IMPORTING_ROLES, imports:write): not sales reps, who see only
// their own leads. Others are told so, and their pages ask the API nothing.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../gql/graphql";
import { useViewer, type Viewer } from "../shell/viewer";

const IMPORTING: readonly Role[] = ["OWNER", "ADMIN", "SALES_MANAGER", "MARKETING"];

export function importsLists(viewer: Viewer): boolean {
  return IMPORTING.includes(viewer.current.role);
}

interface Props {
  /** The page's heading, for a page whose children give their own once they know it. */
  title?: string;
  children: ReactNode;
}

export function ImportersOnly({ title, children }: Props) {
  const { t } = useTranslation();
  if (importsLists(useViewer())) return children;
  return (
    <>
      {title && <h1>{title}</h1>}
      <p>{t("imports.notAllowed")}</p>
    </>
  );
}
