// The company's people: its members and their roles, and (for owners and admins)
// inviting someone, changing a role, removing a member, withdrawing an invitation.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMay } from "../shell/permissions";
import { Invitations } from "./Invitations";
import { InviteForm } from "./InviteForm";
import { Members } from "./Members";
import { Status } from "../ui/Status";

export function People() {
  const { t } = useTranslation();
  const manages = useMay("CanManageMembers");
  const [notice, setNotice] = useState("");
  return (
    <>
      <h1>{t("people.title")}</h1>
      <Status message={notice} className="notice" />
      {manages && <InviteForm onInvited={setNotice} />}
      <Members manages={manages} onChanged={setNotice} />
      {manages && <Invitations onChanged={setNotice} />}
    </>
  );
}
