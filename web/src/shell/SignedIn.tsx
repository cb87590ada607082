// Every page behind the login: without one, the log-in page (coming back here
// after); with one, who the person is, in the company they chose (their first
// if they chose none, or one they have left), in the language they chose.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { ApiError } from "../api/client";
import { logInThenBackTo } from "../accounts/next";
import { useLogOut } from "../accounts/useLogOut";
import { saveLanguage, type Language } from "../i18n/language";
import { useSession } from "../session/context";
import type { Session } from "../session/session";
import { Failed, Loading } from "../ui/states";
import { useMe } from "./me";
import { Shell } from "./Shell";
import { ViewerContext } from "./viewer";

export function SignedIn() {
  const { session } = useSession();
  const location = useLocation();
  if (!session)
    return <Navigate to={logInThenBackTo(location.pathname + location.search)} replace />;
  return <AsViewer session={session} />;
}

function AsViewer({ session }: { session: Session }) {
  const { i18n } = useTranslation();
  const { keep } = useSession();
  const me = useMe();
  const memberships = me.data?.me.memberships;
  const current =
    memberships?.find((m) => m.tenant.id === session.tenantId) ?? memberships?.[0] ?? null;
  const language = (me.data?.me.language?.toLowerCase() ?? null) as Language | null;
  const ended = me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED";

  useEffect(() => {
    if (ended) keep(null);
  }, [ended, keep]);
  useEffect(() => {
    if (current && current.tenant.id !== session.tenantId) {
      keep({ ...session, tenantId: current.tenant.id });
    }
  }, [current, session, keep]);
  useEffect(() => {
    if (!language) return;
    saveLanguage(localStorage, language);
    void i18n.changeLanguage(language);
  }, [language, i18n]);

  if (me.isPending || ended) return <Loading />;
  if (me.isError) return <Failed error={me.error} retry={() => void me.refetch()} />;
  const { user } = me.data.me;
  if (!current || current.tenant.id !== session.tenantId) {
    return current ? <Loading /> : <NoCompany />;
  }
  return (
    <ViewerContext.Provider
      value={{ user, memberships: me.data.me.memberships, current, language }}
    >
      <Shell />
    </ViewerContext.Provider>
  );
}

/** Someone whose companies have all gone: what they can do, and the way out. */
function NoCompany() {
  const { t } = useTranslation();
  const logOut = useLogOut();
  return (
    <main id="content">
      <p role="alert">{t("shell.noCompany")}</p>
      <button type="button" onClick={() => void logOut()}>
        {t("shell.logOut")}
      </button>
    </main>
  );
}
