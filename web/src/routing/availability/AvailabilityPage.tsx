// The viewer's own availability: when routing may hand them leads.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RoutingNav } from "../RoutingNav";
import { AvailabilityEditor } from "./AvailabilityEditor";
import "../routing.css";

export function AvailabilityPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState("");
  return (
    <>
      <h1>{t("routing.availability.title")}</h1>
      <RoutingNav />
      <p>{t("routing.availability.about")}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      <AvailabilityEditor savedNotice={t("routing.availability.savedOwn")} onSaved={setNotice} />
    </>
  );
}
