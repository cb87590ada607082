import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("app.notFound")}</h1>
      <Link to="/">{t("app.toStart")}</Link>
    </>
  );
}
