"""Partners' OAuth 2 clients: the authorization server, and what tokens act as."""
