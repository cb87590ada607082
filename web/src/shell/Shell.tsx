// The frame around every signed-in page: the company, the main menu, the person
// and their log out; then the page.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useNavigate } from "react-router";
import { useLogOut } from "../accounts/useLogOut";
import { useSession } from "../session/context";
import { usePageTitle } from "./usePageTitle";
import { useViewer } from "./viewer";

// The main menu: every part of the app, in the order a day's work meets them.
const MENU = [
  { path: "/", label: "shell.home" },
  { path: "/leads", label: "shell.leads" },
  { path: "/board", label: "shell.board" },
  { path: "/imports", label: "shell.imports" },
  { path: "/routing", label: "shell.routing" },
  { path: "/people", label: "shell.people" },
  { path: "/settings", label: "shell.settings" },
] as const;

export function Shell() {
  const { t } = useTranslation();
  const { user } = useViewer();
  const logOut = useLogOut();
  usePageTitle("content");
  return (
    <>
      <a className="skip-link" href="#content">
        {t("shell.skipToContent")}
      </a>
      <header className="shell">
        <CompanyPicker />
        <nav aria-label={t("shell.mainMenu")}>
          {MENU.map(({ path, label }) => (
            <NavLink key={path} to={path} end={path === "/"}>
              {t(label)}
            </NavLink>
          ))}
        </nav>
        <div className="account">
          <NavLink to="/profile">
            <span className="visually-hidden">{t("shell.profile")}: </span>
            {user.name}
          </NavLink>
          <button type="button" onClick={() => void logOut()}>
            {t("shell.logOut")}
          </button>
        </div>
      </header>
      <main id="content">
        <Outlet />
      </main>
    </>
  );
}

/** The company worked in; someone in several chooses here. */
function CompanyPicker() {
  const { t } = useTranslation();
  const { session, keep } = useSession();
  const { memberships, current } = useViewer();
  const navigate = useNavigate();
  const id = useId();
  if (memberships.length < 2) return <span className="company">{current.tenant.name}</span>;
  return (
    <div className="company">
      <label htmlFor={id} className="visually-hidden">
        {t("shell.company")}
      </label>
      <select
        id={id}
        value={current.tenant.id}
        onChange={(event) => {
          if (session) keep({ ...session, tenantId: event.target.value });
          navigate("/");
        }}
      >
        {memberships.map(({ tenant }) => (
          <option key={tenant.id} value={tenant.id}>
            {tenant.name}
          </option>
        ))}
      </select>
    </div>
  );
}
