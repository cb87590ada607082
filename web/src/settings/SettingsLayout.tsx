// The frame of each settings page: the way back to every setting, the heading,
// who may change it (to someone who may not), and what the last action did.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Status } from "../ui/Status";

interface Props {
  title: string;
  /** Which settings these are, to say who may change them. */
  part: "sources" | "stages" | "scoring" | "fields";
  mayChange: boolean;
  notice: string;
  children: ReactNode;
}

export function SettingsLayout({ title, part, mayChange, notice, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to="/settings">{t("settings.allSettings")}</Link>
      </p>
      <h1>{title}</h1>
      {!mayChange && <p className="hint">{t(`settings.readOnly.${part}`)}</p>}
      <Status message={notice} />
      {children}
    </>
  );
}
