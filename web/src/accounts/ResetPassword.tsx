// The page the password reset email links to (PASSWORD_RESET_PATH in the platform).
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { asFormFaults } from "../api/faults";
import { useApiMutation } from "../api/hooks";
import { graphql } from "../gql";
import { useSession } from "../session/context";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { Status } from "../ui/Status";
import { PublicPage } from "./PublicPage";

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function ResetPassword() {
  const { t } = useTranslation();
  const { session, keep } = useSession();
  const [search] = useSearchParams();
  const token = search.get("token");
  const resetPassword = useApiMutation(RESET_PASSWORD);
  const [newPassword, setNewPassword] = useState("");
  const [done, setDone] = useState(false);
  const logIn = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (done) logIn.current?.focus();
  }, [done]);
  const form = useForm(async () => {
    const { resetPassword: answer } = await resetPassword.mutateAsync({
      input: { token: token ?? "", newPassword },
    });
    if (answer.user) {
      if (session) keep(null); // every login of theirs has ended, this one too
      setDone(true);
    }
    return asFormFaults(answer.errors, "token");
  });

  if (!token) {
    return (
      <PublicPage title={t("resetPassword.title")}>
        <p role="alert">{t("resetPassword.noToken")}</p>
        <Link to="/forgot-password">{t("resetPassword.askAgain")}</Link>
      </PublicPage>
    );
  }
  return (
    <PublicPage title={t("resetPassword.title")}>
      <Status message={done ? t("resetPassword.done") : ""} />
      {done ? (
        // The form is gone: the way on takes the focus it had.
        <Link to="/log-in" ref={logIn}>
          {t("resetPassword.logIn")}
        </Link>
      ) : (
        <>
          <Form form={form} submit={t("resetPassword.submit")} busy={t("resetPassword.busy")}>
            <Field
              label={t("resetPassword.password")}
              type="password"
              autoComplete="new-password"
              required
              hint={t("signUp.passwordHint")}
              value={newPassword}
              fault={form.faults.newPassword}
              onChange={(event) => setNewPassword(event.target.value)}
            />
          </Form>
          {form.faults.form && (
            <p>
              <Link to="/forgot-password">{t("resetPassword.askAgain")}</Link>
            </p>
          )}
        </>
      )}
    </PublicPage>
  );
}
