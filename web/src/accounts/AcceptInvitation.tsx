// The page an invitation email links to (INVITATION_PATH in the platform): a new
// person joins with a name and a password; someone logged in joins as themselves.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../api/client";
import { asFormFaults } from "../api/faults";
import { useApiMutation } from "../api/hooks";
import { graphql } from "../gql";
import { useSession } from "../session/context";
import { useMe } from "../shell/me";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { Failed, Loading } from "../ui/states";
import { PublicPage } from "./PublicPage";
import { logInThenBackTo } from "./next";
import { useLogOut } from "./useLogOut";

const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      token
      membership {
        tenant {
          id
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function AcceptInvitation() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [search] = useSearchParams();
  const token = search.get("token");
  return (
    <PublicPage title={t("invitation.title")}>
      {!token ? (
        <p role="alert">{t("invitation.noToken")}</p>
      ) : session ? (
        <AcceptAsYourself token={token} />
      ) : (
        <AcceptAsNewcomer token={token} />
      )}
    </PublicPage>
  );
}

/** Accepting: on success, into the company joined. */
function useAccept(input: () => { token: string; name?: string; password?: string }) {
  const { session, keep } = useSession();
  const navigate = useNavigate();
  const accept = useApiMutation(ACCEPT, { inTenant: false }); // joins another
  return useForm(async () => {
    const { acceptInvitation: answer } = await accept.mutateAsync({ input: input() });
    const login = answer.token ?? session?.token;
    if (answer.membership && login) {
      keep({ token: login, tenantId: answer.membership.tenant.id });
      navigate("/", { replace: true });
    }
    return asFormFaults(answer.errors, "token");
  });
}

function AcceptAsNewcomer({ token }: { token: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const form = useAccept(() => ({ token, name, password }));
  return (
    <>
      <p>{t("invitation.asNew")}</p>
      <Form form={form} submit={t("invitation.submit")} busy={t("invitation.busy")}>
        <Field
          label={t("invitation.name")}
          autoComplete="name"
          required
          value={name}
          fault={form.faults.name}
          onChange={(event) => setName(event.target.value)}
        />
        <Field
          label={t("invitation.password")}
          type="password"
          autoComplete="new-password"
          required
          hint={t("signUp.passwordHint")}
          value={password}
          fault={form.faults.password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </Form>
      <p>
        {t("invitation.haveAccount")}{" "}
        <Link to={logInThenBackTo(location.pathname + location.search)}>
          {t("invitation.logInFirst")}
        </Link>
      </p>
    </>
  );
}

function AcceptAsYourself({ token }: { token: string }) {
  const { t } = useTranslation();
  const { keep } = useSession();
  const logOut = useLogOut();
  const me = useMe();
  const form = useAccept(() => ({ token }));
  const ended = me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED";
  useEffect(() => {
    if (ended) keep(null); // a login kept here that has ended: join as a newcomer
  }, [ended, keep]);
  if (me.isPending || ended) return <Loading />;
  if (me.isError) return <Failed error={me.error} retry={() => void me.refetch()} />;
  const { user } = me.data.me;
  return (
    <>
      <p>{t("invitation.asUser", { name: user.name, email: user.email })}</p>
      <Form form={form} submit={t("invitation.accept")} busy={t("invitation.busy")} />
      <p>
        <button type="button" className="link" onClick={() => void logOut()}>
          {t("invitation.otherAccount")}
        </button>
      </p>
    </>
  );
}
