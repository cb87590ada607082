// The activity feed's documents: the latest page, then each activity as it is
// recorded. Both give an activity the same fields (DashboardActivity).
import { graphql } from "../../gql";

export const ACTIVITY = graphql(`
  fragment DashboardActivity on Activity {
    id
    kind
    occurredAt
    lead {
      id
      name
    }
    actor {
      __typename
      ... on MemberActor {
        member {
          id
          name
        }
      }
      ... on SystemActor {
        onBehalfOf {
          id
          name
        }
      }
    }
    details {
      __typename
      ... on CreatedDetails {
        stageName
      }
      ... on AssignedDetails {
        owner {
          id
          name
        }
        team {
          id
          name
        }
      }
      ... on StageChangedDetails {
        fromStageName
        toStageName
        wonAmount
      }
      ... on MergedDetails {
        mergedLeadName
      }
      ... on ParkedDetails {
        until
      }
      ... on ImportedDetails {
        fileName
        created
        updated
      }
    }
  }
`);

export const FEED = graphql(`
  query DashboardFeed($feed: FeedInput, $after: String) {
    activityFeed(feed: $feed, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...DashboardActivity
        }
      }
    }
  }
`);

export const LIVE_FEED = graphql(`
  subscription DashboardLiveFeed($feed: FeedInput, $after: String) {
    activityFeed(feed: $feed, after: $after) {
      cursor
      activity {
        id
        ...DashboardActivity
      }
    }
  }
`);
