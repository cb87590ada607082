import { useTranslation } from "react-i18next";
import { useViewer } from "./viewer";

export function Home() {
  const { t } = useTranslation();
  const { user, current } = useViewer();
  return (
    <>
      <h1>{current.tenant.name}</h1>
      <p>
        {t("home.welcome", {
          name: user.name,
          role: t(`roles.${current.role}`).toLocaleLowerCase(),
        })}
      </p>
    </>
  );
}
