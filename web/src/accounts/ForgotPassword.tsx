import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiMutation } from "../api/hooks";
import { graphql } from "../gql";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { Status } from "../ui/Status";
import { PublicPage } from "./PublicPage";

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export function ForgotPassword() {
  const { t } = useTranslation();
  const requestReset = useApiMutation(REQUEST_RESET);
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const back = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (sentTo) back.current?.focus();
  }, [sentTo]);
  const form = useForm(async () => {
    const { requestPasswordReset } = await requestReset.mutateAsync({ input: { email } });
    if (requestPasswordReset.errors.length === 0) setSentTo(email);
    return requestPasswordReset.errors;
  });

  return (
    <PublicPage title={t("forgotPassword.title")}>
      <Status message={sentTo ? t("forgotPassword.sent", { email: sentTo }) : ""} />
      {!sentTo && (
        <>
          <p>{t("forgotPassword.intro")}</p>
          <Form form={form} submit={t("forgotPassword.submit")} busy={t("forgotPassword.busy")}>
            <Field
              label={t("forgotPassword.email")}
              type="email"
              autoComplete="username"
              required
              value={email}
              fault={form.faults.email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </Form>
        </>
      )}
      <p>
        {/* Once sent, the form is gone: the way on takes the focus it had. */}
        <Link to="/log-in" ref={back}>
          {t("forgotPassword.back")}
        </Link>
      </p>
    </PublicPage>
  );
}
