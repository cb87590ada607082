"""Minimal server-rendered pages behind the links Leadhub emails (accepting an
invitation, resetting a password), until the web app owns those paths. They call
the same services as the GraphQL mutations, and load nothing from elsewhere."""
