"""Partners' API clients over GraphQL: registered, listed and revoked by owners and admins."""
