import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { lines } from "../../ui/text";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { TextAreaField } from "../../ui/TextAreaField";
import { CheckboxGroup } from "../CheckboxGroup";
import type { IssuedSecret } from "../OneTimeSecret";
import { useRefresh } from "../../api/hooks";
import { API_CLIENTS } from "./ApiClientList";
import { SCOPES, type Scope } from "./scopes";

const REGISTER = graphql(`
  mutation RegisterApiClient($input: RegisterApiClientInput!) {
    registerApiClient(input: $input) {
      apiClient {
        id
        name
      }
      clientSecret
      errors {
        field
        code
        message
      }
    }
  }
`);

type Kind = "confidential" | "public";

/** The form's lines, each a redirect URI; blank ones are no one's. */
interface Props {
  onRegistered: (notice: string, secret: IssuedSecret | null) => void;
}

export function RegisterApiClientForm({ onRegistered }: Props) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const register = useApiMutation(REGISTER);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<Kind>("confidential");
  const [redirectUris, setRedirectUris] = useState("");
  const [scopes, setScopes] = useState<Scope[]>([]);
  const titleId = useId();
  const form = useForm(async () => {
    const input = {
      name,
      confidential: kind === "confidential",
      redirectUris: lines(redirectUris),
      scopes,
    };
    const { registerApiClient: answer } = await register.mutateAsync({ input });
    const client = answer.apiClient;
    if (client) {
      const secret = answer.clientSecret ? { of: client.name, value: answer.clientSecret } : null;
      onRegistered(t("apiClients.registered", { name: client.name }), secret);
      setName("");
      setRedirectUris("");
      setScopes([]);
      await refresh(API_CLIENTS);
    }
    return answer.errors;
  });
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("apiClients.register")}</h2>
      <p>{t("apiClients.registerHelp")}</p>
      <Form
        form={form}
        label={t("apiClients.register")}
        submit={t("apiClients.registerSubmit")}
        busy={t("apiClients.registering")}
      >
        <Field
          label={t("apiClients.name")}
          required
          maxLength={100}
          value={name}
          fault={form.faults.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          label={t("apiClients.kind")}
          value={kind}
          options={[
            { value: "confidential", label: t("apiClients.kinds.confidential") },
            { value: "public", label: t("apiClients.kinds.public") },
          ]}
          fault={form.faults.confidential}
          onChange={(value) => setKind(value as Kind)}
        />
        <TextAreaField
          label={t("apiClients.redirectUris")}
          spellCheck={false}
          value={redirectUris}
          fault={form.faults.redirectUris}
          onChange={(event) => setRedirectUris(event.target.value)}
        />
        <CheckboxGroup
          legend={t("apiClients.scopesLegend")}
          choices={SCOPES.map(({ scope, words }) => ({
            value: scope,
            label: `${t(words)} (${scope})`,
          }))}
          chosen={scopes}
          fault={form.faults.scopes}
          onChange={setScopes}
        />
      </Form>
    </section>
  );
}
