/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      membership {\n        tenant {\n          id\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      tenant {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut(input: {}) {\n      endedSessions\n    }\n  }\n": typeof types.LogOutDocument,
    "\n  query Invitations($after: String) {\n    tenant {\n      invitations(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            status\n            createdAt\n            expiresAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query Members($after: String) {\n    tenant {\n      members(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      me {\n        language\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        name\n        email\n      }\n      language\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      membership {\n        tenant {\n          id\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      tenant {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut(input: {}) {\n      endedSessions\n    }\n  }\n": types.LogOutDocument,
    "\n  query Invitations($after: String) {\n    tenant {\n      invitations(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            status\n            createdAt\n            expiresAt\n          }\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query Members($after: String) {\n    tenant {\n      members(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      me {\n        language\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        name\n        email\n      }\n      language\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      membership {\n        tenant {\n          id\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      membership {\n        tenant {\n          id\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      tenant {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      tenant {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut(input: {}) {\n      endedSessions\n    }\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut(input: {}) {\n      endedSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($after: String) {\n    tenant {\n      invitations(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            status\n            createdAt\n            expiresAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($after: String) {\n    tenant {\n      invitations(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            status\n            createdAt\n            expiresAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($after: String) {\n    tenant {\n      members(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($after: String) {\n    tenant {\n      members(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      me {\n        language\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      me {\n        language\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        name\n        email\n      }\n      language\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user {\n        id\n        name\n        email\n      }\n      language\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;