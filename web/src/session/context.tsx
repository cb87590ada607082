// The session for the whole app: who is logged in and in which company, kept in
// this browser. Changing either forgets every cached answer, which was someone
// else's, or another company's.
import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { loadSession, saveSession, type Session } from "./session";

interface SessionState {
  session: Session | null;
  keep: (next: Session | null) => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState(() => loadSession(localStorage));
  const keep = useCallback(
    (next: Session | null) => {
      saveSession(localStorage, next);
      queryClient.clear();
      setSession(next);
    },
    [queryClient],
  );
  const state = useMemo(() => ({ session, keep }), [session, keep]);
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession outside a SessionProvider");
  return state;
}
