// The viewer's own availability: when routing may hand them leads.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RoutingNav } from "../RoutingNav";
import { AvailabilityEditor } from "./AvailabilityEditor";
import { Status } from "../../ui/Status";
import "../routing.css";

export function AvailabilityPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState("");
  return (
    <>
      <h1>{t("routing.availability.title")}</h1>
      <RoutingNav />
      <p>{t("routing.availability.about")}</p>
      <Status message={notice} className="notice" />
      <AvailabilityEditor savedNotice={t("routing.availability.savedOwn")} onSaved={setNotice} />
    </>
  );
}
