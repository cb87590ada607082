// Setting the scene through the API, as a partner or a script would, so that each
// test drives through the pages only what it is about.
import { expect, type APIRequestContext } from "@playwright/test";

export interface Login {
  token: string;
  tenantId?: string;
}

export async function graphql<Data = Record<string, any>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  login?: Login,
): Promise<Data> {
  const headers: Record<string, string> = {};
  if (login) headers.authorization = `Bearer ${login.token}`;
  if (login?.tenantId) headers["x-tenant-id"] = login.tenantId;
  const response = await request.post("/graphql", { data: { query, variables }, headers });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as Data;
}

/** The payload's ``field`` of a mutation that must go through (no errors). */
export function accepted<Payload extends { errors: unknown[] }>(payload: Payload): Payload {
  expect(payload.errors).toEqual([]);
  return payload;
}

export interface SignUp {
  companyName: string;
  ownerName: string;
  email: string;
  password: string;
  defaultRegion?: string;
}

/** A company signed up, and its owner's login into it. */
export async function signUp(request: APIRequestContext, input: SignUp): Promise<Login> {
  const { signUp } = await graphql(
    request,
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          token
          tenant {
            id
          }
          errors {
            message
          }
        }
      }
    `,
    { input },
  );
  return { token: accepted(signUp).token, tenantId: signUp.tenant.id };
}
