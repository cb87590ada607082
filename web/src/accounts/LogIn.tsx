import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { useApiMutation } from "../api/hooks";
import { graphql } from "../gql";
import { useSession } from "../session/context";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { PublicPage } from "./PublicPage";
import { pageAfterLogIn } from "./next";

const LOG_IN = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      errors {
        field
        code
        message
      }
    }
  }
`);

export function LogIn() {
  const { t } = useTranslation();
  const { session, keep } = useSession();
  const [search] = useSearchParams();
  const logIn = useApiMutation(LOG_IN);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useForm(async () => {
    const { logIn: answer } = await logIn.mutateAsync({ input: { email, password } });
    if (answer.token) keep({ token: answer.token });
    return answer.errors;
  });

  if (session) return <Navigate to={pageAfterLogIn(search.get("next"))} replace />;
  return (
    <PublicPage title={t("logIn.title")}>
      <Form form={form} submit={t("logIn.submit")} busy={t("logIn.busy")}>
        <Field
          label={t("logIn.email")}
          type="email"
          autoComplete="username"
          required
          value={email}
          fault={form.faults.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field
          label={t("logIn.password")}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          fault={form.faults.password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </Form>
      <p>
        <Link to="/forgot-password">{t("logIn.forgot")}</Link>
      </p>
      <p>
        {t("logIn.noAccount")} <Link to="/sign-up">{t("logIn.signUp")}</Link>
      </p>
    </PublicPage>
  );
}
