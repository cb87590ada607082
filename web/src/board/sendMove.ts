// The lifecycle's mutations, one call for whichever a move takes.
import { useApiMutation } from "../api/hooks";
import type { PayloadError } from "../api/faults";
import { graphql } from "../gql";
import type { Mutation } from "./plan";

const MOVE = graphql(`
  mutation BoardMoveLead($input: MoveLeadInput!) {
    moveLead(input: $input) {
      lead {
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

const REOPEN = graphql(`
  mutation BoardReopenLead($input: ReopenLeadInput!) {
    reopenLead(input: $input) {
      lead {
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

const WIN = graphql(`
  mutation BoardWinLead($input: WinLeadInput!) {
    winLead(input: $input) {
      lead {
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

const LOSE = graphql(`
  mutation BoardLoseLead($input: CloseLeadInput!) {
    loseLead(input: $input) {
      lead {
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

const DISQUALIFY = graphql(`
  mutation BoardDisqualifyLead($input: CloseLeadInput!) {
    disqualifyLead(input: $input) {
      lead {
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

export interface MoveRequest {
  mutation: Mutation;
  leadId: string;
  stageId: string;
  /** The amount won (a decimal), or why it was lost or disqualified. */
  detail: string;
}

/** Sends a move; the payload's errors (none: it went through). */
export function useSendMove(): (request: MoveRequest) => Promise<readonly PayloadError[]> {
  const move = useApiMutation(MOVE);
  const reopen = useApiMutation(REOPEN);
  const win = useApiMutation(WIN);
  const lose = useApiMutation(LOSE);
  const disqualify = useApiMutation(DISQUALIFY);
  return async ({ mutation, leadId, stageId, detail }) => {
    switch (mutation) {
      case "move":
        return (await move.mutateAsync({ input: { leadId, stageId } })).moveLead.errors;
      case "reopen":
        return (await reopen.mutateAsync({ input: { leadId, stageId } })).reopenLead.errors;
      case "win":
        return (await win.mutateAsync({ input: { leadId, amount: detail } })).winLead.errors;
      case "lose":
        return (await lose.mutateAsync({ input: { leadId, reason: detail } })).loseLead.errors;
      case "disqualify":
        return (await disqualify.mutateAsync({ input: { leadId, reason: detail } })).disqualifyLead
          .errors;
    }
  };
}
