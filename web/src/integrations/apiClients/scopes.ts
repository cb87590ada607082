// Leadhub's OAuth scopes, as the README and leadhub.oauth.scopes list them, each with
// the words that say what it lets a partner do. (Their words are keyed apart: a
// colon in an i18next key would name a namespace.)
export const SCOPES = [
  { scope: "leads:read", words: "apiClients.scopes.leadsRead" },
  { scope: "leads:write", words: "apiClients.scopes.leadsWrite" },
  { scope: "activity:read", words: "apiClients.scopes.activityRead" },
  { scope: "activity:write", words: "apiClients.scopes.activityWrite" },
  { scope: "analytics:read", words: "apiClients.scopes.analyticsRead" },
  { scope: "imports:write", words: "apiClients.scopes.importsWrite" },
  { scope: "routing:read", words: "apiClients.scopes.routingRead" },
  { scope: "routing:write", words: "apiClients.scopes.routingWrite" },
  { scope: "members:read", words: "apiClients.scopes.membersRead" },
  { scope: "settings:write", words: "apiClients.scopes.settingsWrite" },
  { scope: "webhooks:manage", words: "apiClients.scopes.webhooksManage" },
] as const;

export type Scope = (typeof SCOPES)[number]["scope"];
