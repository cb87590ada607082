// A member's availability, with the company's time zone it is read in by default.
import { graphql } from "../../gql";

export const AVAILABILITY = graphql(`
  query RoutingAvailability($userId: ID) {
    tenant {
      timeZone
      availability(userId: $userId) {
        timeZone
        awayFrom
        awayUntil
        workingHours {
          weekday
          starts
          ends
        }
      }
    }
  }
`);
