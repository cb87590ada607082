// Audits a GraphQL server with graphql-http's auditServer: the reference checks,
// MUST and SHOULD, of the GraphQL-over-HTTP specification.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Prints a JSON array of {id, name, status, reason}; exits 1 unless every one is ok.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}
const results = (await auditServer({ url })).map(({ id, name, status, reason }) => ({
  id,
  name,
  status,
  reason,
}));
console.log(JSON.stringify(results, null, 2));
process.exit(results.every(({ status }) => status === 'ok') ? 0 : 1);
