// Renders GraphiQL against the endpoint that served the page: GET /graphql answers a
// browser (Accept: text/html) with the page and everything else with GraphQL.
// React, ReactDOM, GraphiQL and graphqlWs are the globals of the vendored files loaded before.
'use strict';

const endpoint = window.location.pathname;
const socketUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${endpoint}`;
const overHttp = GraphiQL.createFetcher({ url: endpoint });

// The operation GraphiQL runs: the one named, or the document's only one.
function isSubscription(params, opts) {
  const operations = (opts?.documentAST?.definitions ?? []).filter(
    (definition) => definition.kind === 'OperationDefinition',
  );
  const chosen =
    operations.find((operation) => operation.name?.value === params.operationName) ?? operations[0];
  return chosen?.operation === 'subscription';
}

// A subscription runs over a WebSocket at the same path (graphql-transport-ws), on a
// connection of its own that logs in with the headers the editor holds as it starts.
function overWebSocket(params, opts) {
  const client = graphqlWs.createClient({ url: socketUrl, connectionParams: opts?.headers ?? {} });
  const results = client.iterate(params);
  const closed = async (result) => {
    await client.dispose();
    return result;
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      let result;
      try {
        result = await results.next();
      } catch (refused) {
        await client.dispose(); // refused, or the connection lost: no retries behind
        throw refused;
      }
      return result.done ? closed(result) : result;
    },
    async return() {
      await results.return?.();
      return closed({ done: true, value: undefined });
    },
  };
}

function fetcher(params, opts) {
  return isSubscription(params, opts) ? overWebSocket(params, opts) : overHttp(params, opts);
}

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
