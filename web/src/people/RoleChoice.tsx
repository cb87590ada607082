// A member's role, chosen then applied: the choice alone changes nothing, so a
// keyboard can go through the roles without each one being sent.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../gql/graphql";
import { ROLES } from "./roles";

interface Props {
  name: string;
  role: Role;
  fault?: string;
  faultId: string;
  onApply: (role: Role) => void;
}

export function RoleChoice({ name, role, fault, faultId, onApply }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(role);
  // A refused change shows the role the member still has.
  useEffect(() => {
    if (fault) setChosen(role);
  }, [fault, role]);
  const describedBy = fault ? faultId : undefined;
  return (
    <>
      <select
        aria-label={t("people.roleOf", { name })}
        aria-invalid={Boolean(fault)}
        aria-describedby={describedBy}
        value={chosen}
        onChange={(event) => setChosen(event.target.value as Role)}
      >
        {ROLES.map((each) => (
          <option key={each} value={each}>
            {t(`roles.${each}`)}
          </option>
        ))}
      </select>{" "}
      <button
        type="button"
        className="secondary"
        aria-label={t("people.changeRoleOf", { name })}
        aria-describedby={describedBy}
        // Not disabled while unchanged: the keyboard would skip it unawares.
        onClick={() => {
          if (chosen !== role) onApply(chosen);
        }}
      >
        {t("people.changeRole")}
      </button>
    </>
  );
}
