// Who is signed in, kept in the browser between visits: the login's token, and the
// tenant the person chose (a person may belong to several).
import type { Credentials } from "../api/client";

const KEY = "leadhub.session";

export type Session = Credentials;

export function loadSession(storage: Storage): Session | null {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? "null") as unknown;
    if (saved && typeof saved === "object" && typeof (saved as Session).token === "string") {
      return saved as Session;
    }
  } catch {
    // A value written by hand, or by an older app: as if none.
  }
  return null;
}

export function saveSession(storage: Storage, session: Session | null): void {
  if (session) storage.setItem(KEY, JSON.stringify(session));
  else storage.removeItem(KEY);
}
