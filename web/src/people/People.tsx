// The company's people: its members and their roles, and (for owners and admins)
// inviting someone, changing a role, removing a member, withdrawing an invitation.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { managesCompany, useViewer } from "../shell/viewer";
import { Invitations } from "./Invitations";
import { InviteForm } from "./InviteForm";
import { Members } from "./Members";

export function People() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const manages = managesCompany(viewer);
  const [notice, setNotice] = useState("");
  return (
    <>
      <h1>{t("people.title")}</h1>
      <p role="status" className="notice">
        {notice}
      </p>
      {manages && <InviteForm onInvited={setNotice} />}
      <Members manages={manages} onChanged={setNotice} />
      {manages && <Invitations onChanged={setNotice} />}
    </>
  );
}
