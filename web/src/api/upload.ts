// Sending files to the API: an operation whose variables hold File objects goes as
// multipart/form-data, by the GraphQL multipart request specification
// (https://github.com/jaydenseric/graphql-multipart-request-spec): `operations` (the
// query, each file's place null), `map` (each file's place), then the files. Generic:
// a Request like api/client.ts's, for any mutation taking an Upload.
import { print } from "graphql";
import { ApiError, credentialHeaders, dataOf, NETWORK, type Request } from "./client";
import { failureOf } from "./http";

/** The variables with each file replaced by null, and the files by their paths. */
function extractFiles(variables: unknown): { clone: unknown; files: Map<File, string[]> } {
  const files = new Map<File, string[]>();
  function walk(value: unknown, path: string): unknown {
    if (value instanceof File) {
      files.set(value, [...(files.get(value) ?? []), path]);
      return null;
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, `${path}.${index}`));
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, walk(item, `${path}.${key}`)]),
      );
    }
    return value;
  }
  return { clone: walk(variables, "variables"), files };
}

export const upload: Request = async (document, variables, credentials) => {
  const { clone, files } = extractFiles(variables);
  const body = new FormData();
  body.append("operations", JSON.stringify({ query: print(document), variables: clone }));
  const entries = [...files.entries()];
  body.append("map", JSON.stringify(Object.fromEntries(entries.map(([, paths], i) => [i, paths]))));
  entries.forEach(([file], index) => body.append(String(index), file, file.name));
  // No content-type: the browser writes it, with the parts' boundary.
  const headers = {
    accept: "application/graphql-response+json",
    ...(credentials ? credentialHeaders(credentials) : {}),
  };
  let response: Response;
  try {
    response = await fetch("/graphql", { method: "POST", headers, body });
  } catch {
    throw new ApiError("Leadhub cannot be reached.", NETWORK);
  }
  // A refusal before GraphQL (a body too large, a login missing) is plain text.
  if (!(response.headers.get("content-type") ?? "").includes("json")) {
    throw await failureOf(response);
  }
  return dataOf(response);
};
