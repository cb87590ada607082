// Runs GraphiQL's fetcher as the page builds it (leadhub-graphiql.js, with the
// vendored graphql-ws client) for one subscription against a live Leadhub, and
// prints each result it yields as a line of JSON; what it throws (the errors of an
// operation refused outright, which GraphiQL shows as they are) as {"thrown": ...}.
//
//   node graphiql_subscribe.mjs PAGE_URL HEADERS_JSON QUERY VARIABLES_JSON
//
// The page's globals stand in for the browser's: the WebSocket is the `ws`
// package's, React and GraphiQL are reduced to what hands the fetcher over.
import { readFileSync, readdirSync } from 'node:fs';
import vm from 'node:vm';
import { parse } from 'graphql';
import WebSocket from 'ws';

const [pageUrl, headers, query, variables] = process.argv.slice(2);
const page = new URL(pageUrl);
const statics = new URL('../../../platform/leadhub/graphql/graphiql/static/', import.meta.url);
const [graphqlWs] = readdirSync(statics).filter((name) => name.startsWith('graphql-ws@'));

let props;
const browser = vm.createContext({
  window: { location: { pathname: page.pathname, protocol: page.protocol, host: page.host } },
  document: { getElementById: () => ({}) },
  WebSocket,
  setTimeout,
  clearTimeout,
  React: { createElement: (_graphiql, given) => (props = given) },
  ReactDOM: { createRoot: () => ({ render() {} }) },
  GraphiQL: {
    createFetcher: () => () => {
      throw new Error('a subscription was sent over HTTP');
    },
  },
});
for (const script of [`${graphqlWs}/graphql-ws.min.js`, 'leadhub-graphiql.js']) {
  vm.runInContext(readFileSync(new URL(script, statics), 'utf8'), browser);
}

const results = props.fetcher(
  { query, variables: JSON.parse(variables), operationName: null },
  { headers: JSON.parse(headers), documentAST: parse(query) },
);
try {
  for await (const result of results) {
    console.log(JSON.stringify(result));
  }
} catch (thrown) {
  // graphql-ws throws a refused operation's errors as they came; anything else is an Error
  console.log(JSON.stringify({ thrown: thrown instanceof Error ? thrown.message : thrown }));
}
