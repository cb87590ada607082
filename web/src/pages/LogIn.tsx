import { useId, useState, type FormEvent } from "react";
import { useRequest } from "../api/context";
import { graphql } from "../gql";

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
  const ids = { email: useId(), password: useId(), form: useId() };

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
      <form onSubmit={logIn} aria-describedby={faults.form ? ids.form : undefined} noValidate>
        {faults.form && (
          <p id={ids.form} role="alert">
            {faults.form}
          </p>
        )}
        <label htmlFor={ids.email}>Email</label>
        <input
          id={ids.email}
          type="email"
          autoComplete="username"
          required
          value={email}
          aria-invalid={Boolean(faults.email)}
          aria-describedby={faults.email ? `${ids.email}-fault` : undefined}
          onChange={(event) => setEmail(event.target.value)}
        />
        {faults.email && <p id={`${ids.email}-fault`}>{faults.email}</p>}
        <label htmlFor={ids.password}>Password</label>
        <input
          id={ids.password}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={Boolean(faults.password)}
          aria-describedby={faults.password ? `${ids.password}-fault` : undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
        {faults.password && <p id={`${ids.password}-fault`}>{faults.password}</p>}
        <button type="submit" disabled={busy}>
          {busy ? "Logging in…" : "Log in"}
        </button>
      </form>
    </main>
  );
}
