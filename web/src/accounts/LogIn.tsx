import { useId, useState, type FormEvent } from "react";
import { useRequest } from "../api/context";
import { graphql } from "../gql";
import { Field } from "./Field";

const LOG_IN = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      errors {
        field
        message
      }
    }
  }
`);

interface Props {
  onLoggedIn: (token: string) => void;
}

export function LogIn({ onLoggedIn }: Props) {
  const request = useRequest();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [faults, setFaults] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const formFaultId = useId();

  async function logIn(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const { logIn } = await request(LOG_IN, { input: { email, password } });
      if (logIn.token) return onLoggedIn(logIn.token);
      setFaults(Object.fromEntries(logIn.errors.map((e) => [e.field ?? "form", e.message])));
    } catch (error) {
      setFaults({ form: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="log-in">
      <h1>Log in to Leadhub</h1>
      <form onSubmit={logIn} aria-describedby={faults.form ? formFaultId : undefined} noValidate>
        {faults.form && (
          <p id={formFaultId} role="alert">
            {faults.form}
          </p>
        )}
        <Field
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          fault={faults.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          fault={faults.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? "Logging in…" : "Log in"}
        </button>
      </form>
    </main>
  );
}
