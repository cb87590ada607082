// Logging out: the login ends on the server, and is forgotten here whatever the
// server answers (a login already ended, or no network, still logs out).
import { useApiMutation } from "../api/hooks";
import { graphql } from "../gql";
import { useSession } from "../session/context";

const LOG_OUT = graphql(`
  mutation LogOut {
    logOut(input: {}) {
      endedSessions
    }
  }
`);

export function useLogOut(): () => Promise<void> {
  const { keep } = useSession();
  const logOut = useApiMutation(LOG_OUT);
  return async () => {
    await logOut.mutateAsync({}).catch(() => undefined);
    keep(null);
  };
}
