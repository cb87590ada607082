import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { useApiMutation } from "../api/hooks";
import { graphql } from "../gql";
import { useSession } from "../session/context";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { PublicPage } from "./PublicPage";

const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      tenant {
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

// Our first customers are Norwegian: their phone numbers are read as Norway's
// until they say otherwise in the company's settings.
const DEFAULT_REGION = "NO";

export function SignUp() {
  const { t } = useTranslation();
  const { session, keep } = useSession();
  const signUp = useApiMutation(SIGN_UP);
  const [companyName, setCompanyName] = useState("");
  const [ownerName, setOwnerName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useForm(async () => {
    const { signUp: answer } = await signUp.mutateAsync({
      input: { companyName, ownerName, email, password, defaultRegion: DEFAULT_REGION },
    });
    if (answer.token && answer.tenant) keep({ token: answer.token, tenantId: answer.tenant.id });
    return answer.errors;
  });

  if (session) return <Navigate to="/" replace />;
  return (
    <PublicPage title={t("signUp.title")}>
      <Form form={form} submit={t("signUp.submit")} busy={t("signUp.busy")}>
        <Field
          label={t("signUp.companyName")}
          autoComplete="organization"
          required
          value={companyName}
          fault={form.faults.companyName}
          onChange={(event) => setCompanyName(event.target.value)}
        />
        <Field
          label={t("signUp.ownerName")}
          autoComplete="name"
          required
          value={ownerName}
          fault={form.faults.ownerName}
          onChange={(event) => setOwnerName(event.target.value)}
        />
        <Field
          label={t("signUp.email")}
          type="email"
          autoComplete="username"
          required
          value={email}
          fault={form.faults.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field
          label={t("signUp.password")}
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
        {t("signUp.haveAccount")} <Link to="/log-in">{t("signUp.logIn")}</Link>
      </p>
    </PublicPage>
  );
}
