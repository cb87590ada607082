// The frame of each settings page: the way back to every setting, the heading,
// who may change it (to someone who may not), and what the last action did.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMayChange, type SettingsPart } from "./permissions";

interface Props {
  title: string;
  part: Exclude<SettingsPart, "integrations">;
  notice: string;
  children: ReactNode;
}

export function SettingsLayout({ title, part, notice, children }: Props) {
  const { t } = useTranslation();
  const mayChange = useMayChange(part);
  return (
    <>
      <p>
        <Link to="/settings">{t("settings.allSettings")}</Link>
      </p>
      <h1>{title}</h1>
      {!mayChange && <p className="hint">{t(`settings.readOnly.${part}`)}</p>}
      <p role="status" className="notice">
        {notice}
      </p>
      {children}
    </>
  );
}
