// An import, as its page shows it: asked again after each change to it.
import { graphql } from "../gql";
import type { ImportDetailsQuery } from "../gql/graphql";

export const IMPORT_DETAILS = graphql(`
  query ImportDetails($id: ID!) {
    node(id: $id) {
      __typename
      ... on LeadImport {
        id
        fileName
        fileFormat
        sizeBytes
        encoding
        delimiter
        status
        failure
        createdAt
        startedAt
        finishedAt
        errorReportUrl
        columns {
          header
          target
        }
        matchKeys
        onMatch
        source {
          id
          name
        }
        startedBy {
          id
          name
        }
        progress {
          totalRows
          read
          created
          updated
          skipped
          failed
          percent
          secondsLeft
        }
      }
    }
  }
`);

type Node = NonNullable<ImportDetailsQuery["node"]>;
export type LeadImport = Extract<Node, { __typename: "LeadImport" }>;
