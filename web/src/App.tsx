import { useState } from "react";
import { Home } from "./pages/Home";
import { LogIn } from "./pages/LogIn";
import { loadSession, saveSession, type Session } from "./session/session";

const storage = window.localStorage;

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession(storage));

  function keep(next: Session | null) {
    saveSession(storage, next);
    setSession(next);
  }

  if (!session) return <LogIn onLoggedIn={(token) => keep({ token })} />;
  return (
    <Home
      session={session}
      onTenantChosen={(tenantId) => keep({ ...session, tenantId })}
      onLoggedOut={() => keep(null)}
    />
  );
}
