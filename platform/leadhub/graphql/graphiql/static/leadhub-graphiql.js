// Renders GraphiQL against the endpoint that served the page: GET /graphql answers a
// browser (Accept: text/html) with the page and everything else with GraphQL.
// React, ReactDOM and GraphiQL are the globals of the vendored files loaded before.
'use strict';

const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    // Where a login goes: {"Authorization": "Bearer <token>", "X-Tenant-ID": "<id>"}.
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'headers',
    // Kept in this browser's storage across reloads, as a token pasted once should be.
    shouldPersistHeaders: true,
  }),
);
