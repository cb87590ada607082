import { useEffect, useState } from "react";
import { useRequest } from "../api/context";
import { graphql } from "../gql";
import type { MeQuery } from "../gql/graphql";
import type { Session } from "../session/session";

const ME = graphql(`
  query Me {
    me {
      user {
        name
        email
      }
      memberships {
        role
        tenant {
          id
          name
        }
      }
    }
  }
`);

const LOG_OUT = graphql(`
  mutation LogOut {
    logOut(input: {}) {
      endedSessions
    }
  }
`);

interface Props {
  session: Session;
  onTenantChosen: (tenantId: string) => void;
  onLoggedOut: () => void;
}

export function Home({ session, onTenantChosen, onLoggedOut }: Props) {
  const request = useRequest();
  const [me, setMe] = useState<MeQuery["me"] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    request(ME, {}, { token: session.token }).then(
      (answer) => setMe(answer.me),
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, [request, session.token]);

  async function logOut() {
    await request(LOG_OUT, {}, session).catch(() => undefined); // gone either way
    onLoggedOut();
  }

  if (failure) return <p role="alert">{failure}</p>;
  if (!me) return <p aria-busy="true">Loading…</p>;
  const current = me.memberships.find((m) => m.tenant.id === session.tenantId);
  return (
    <main>
      <header>
        <h1>{current?.tenant.name ?? "Leadhub"}</h1>
        <p>
          Signed in as {me.user.name} ({me.user.email})
        </p>
        <button type="button" onClick={logOut}>
          Log out
        </button>
      </header>
      <nav aria-label="Your companies">
        <h2>Your companies</h2>
        <ul>
          {me.memberships.map(({ tenant, role }) => (
            <li key={tenant.id}>
              <button
                type="button"
                aria-current={tenant.id === session.tenantId ? "true" : undefined}
                onClick={() => onTenantChosen(tenant.id)}
              >
                {tenant.name}
              </button>{" "}
              <span>{role.toLowerCase().replace("_", " ")}</span>
            </li>
          ))}
        </ul>
      </nav>
    </main>
  );
}
