/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: string; output: string; }
  /** An instant: an ISO 8601 date and time with its UTC offset. */
  DateTime: { input: string; output: string; }
  /** Decimal (fixed-point) */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** Represents a file upload. */
  Upload: { input: any; output: any; }
};

export type AcceptInvitationInput = {
  /** For a new account. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** For a new account. */
  password?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  errors: Array<TenantError>;
  membership?: Maybe<Membership>;
  /** Set when accepting created your account: you are logged in. */
  token?: Maybe<Scalars['String']['output']>;
};

export type Activity = Node & {
  __typename?: 'Activity';
  actor: Actor;
  /** Null for a kind that tells nothing more. */
  details?: Maybe<ActivityDetails>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  kind: ActivityKind;
  /** The lead it happened to: null for an activity of the whole tenant (an import's summary, a goal's news), and for a lead the viewer may not see (a token without leads:read) or that is gone. */
  lead?: Maybe<Lead>;
  occurredAt: Scalars['DateTime']['output'];
};

/** A connection to a list of items. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** Contains the nodes in this connection */
  edges: Array<ActivityEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** What an activity tells, by its kind. */
export type ActivityDetails = AssignedDetails | CallDetails | CreatedDetails | EmailDetails | ImportedDetails | MeetingDetails | MergedDetails | NoteDetails | NurtureEndedDetails | ParkedDetails | StageChangedDetails | UpdatedDetails;

/** An edge in a connection. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Activity;
};

export type ActivityError = UserError & {
  __typename?: 'ActivityError';
  code: ActivityErrorCode;
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type ActivityErrorCode =
  | 'INVALID'
  | 'NOT_FOUND';

export type ActivityKind =
  | 'ASSIGNED'
  | 'CALL'
  | 'CHAT'
  | 'CONTENT_INTERACTION'
  | 'CREATED'
  | 'EMAIL'
  | 'GOAL_BEHIND'
  | 'GOAL_REACHED'
  | 'IMPORTED'
  | 'MEETING'
  | 'MERGED'
  | 'NOTE'
  | 'NURTURE_ENDED'
  | 'PARKED'
  | 'SCORED'
  | 'STAGE_CHANGED'
  | 'UPDATED'
  | 'WEB_VISIT';

/** Who did an activity. */
export type Actor = MemberActor | PartnerClientActor | SystemActor;

/** A sum of money, in the tenant's currency, over a count of leads. */
export type Amount = {
  __typename?: 'Amount';
  amount: Scalars['Decimal']['output'];
  /** The amount per lead; null for none. */
  average?: Maybe<Scalars['Decimal']['output']>;
  count: Scalars['Int']['output'];
};

/** One bucket: its first and last day, clipped to the period. */
export type AmountPoint = {
  __typename?: 'AmountPoint';
  firstDay: Scalars['Date']['output'];
  lastDay: Scalars['Date']['output'];
  value: Amount;
};

/** A KPI over the period, and bucket by bucket, empty ones included. */
export type AmountSeries = {
  __typename?: 'AmountSeries';
  points: Array<AmountPoint>;
  total: Amount;
};

export type AnalyticsErrorCode =
  | 'INVALID'
  | 'NAME_TAKEN'
  | 'NOT_FOUND';

/** A partner's app, allowed into the tenant through OAuth 2. */
export type ApiClient = Node & {
  __typename?: 'ApiClient';
  /** What the app sends as its OAuth client_id (public, not a secret). */
  clientId: Scalars['String']['output'];
  /** Whether it holds a secret (a server); a public one (a browser or mobile app) proves itself with PKCE alone. */
  confidential: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Where codes are sent, each compared whole to what the app asks. */
  redirectUris: Array<Scalars['String']['output']>;
  /** Who registered it: a client-credentials token acts as installed by them, and stops if they leave. */
  registeredBy?: Maybe<User>;
  /** When it was revoked: its tokens ended, and it gets no more. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The most any of its tokens may hold. */
  scopes: Array<Scalars['String']['output']>;
  secretRotatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A connection to a list of items. */
export type ApiClientConnection = {
  __typename?: 'ApiClientConnection';
  /** Contains the nodes in this connection */
  edges: Array<ApiClientEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ApiClientEdge = {
  __typename?: 'ApiClientEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ApiClient;
};

export type ApiClientError = UserError & {
  __typename?: 'ApiClientError';
  code: ApiClientErrorCode;
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type ApiClientErrorCode =
  | 'INVALID'
  | 'NOT_FOUND'
  | 'REVOKED';

export type ApiClientInput = {
  apiClientId: Scalars['ID']['input'];
};

export type ApiClientPayload = {
  __typename?: 'ApiClientPayload';
  apiClient?: Maybe<ApiClient>;
  /** A confidential client's new secret: shown this once, kept only as a digest. Store it now. */
  clientSecret?: Maybe<Scalars['String']['output']>;
  errors: Array<ApiClientError>;
};

export type AssignLeadsInput = {
  /** 1 to 1000 leads. */
  leadIds: Array<Scalars['ID']['input']>;
  /** A member's user id; none leaves the leads without one. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  ownerTeamId?: InputMaybe<Scalars['ID']['input']>;
};

/** The lead was given to a member, a team, both, or no one. */
export type AssignedDetails = {
  __typename?: 'AssignedDetails';
  /** The member it was given to, if still there. */
  owner?: Maybe<User>;
  /** The member's User id. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The team it was given to, if it still exists. */
  team?: Maybe<Team>;
  /** The team's id. */
  teamId?: Maybe<Scalars['ID']['output']>;
};

/** A change to the tenant's people. */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** For example member.invited, member.removed. */
  action: Scalars['String']['output'];
  /** Who made the change. */
  actor?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  details: Scalars['JSON']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Whom the change was about, if a person. */
  subjectUser?: Maybe<User>;
};

/** A connection to a list of items. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** Contains the nodes in this connection */
  edges: Array<AuditEventEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: AuditEvent;
};

/** When a member can take leads; routing skips them otherwise. */
export type Availability = {
  __typename?: 'Availability';
  /** Out of office from then. */
  awayFrom?: Maybe<Scalars['DateTime']['output']>;
  /** Out of office until then. */
  awayUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The IANA time zone working hours are read in; null for the tenant's. */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** The shifts of a week, by day and time; null for any hour. */
  workingHours?: Maybe<Array<Shift>>;
};

export type AvailabilityPayload = {
  __typename?: 'AvailabilityPayload';
  availability?: Maybe<Availability>;
  errors: Array<RoutingError>;
};

export type BulkLeadsPayload = {
  __typename?: 'BulkLeadsPayload';
  errors: Array<LeadError>;
  /** In the order given. */
  leads: Array<Lead>;
};

/** A call a person logged. */
export type CallDetails = LoggedDetails & {
  __typename?: 'CallDetails';
  body: Scalars['String']['output'];
  /** How long it took, if said. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  /** How it went, if said. */
  outcome?: Maybe<CallOutcome>;
};

export type CallOutcome =
  | 'BUSY'
  | 'CONNECTED'
  | 'NO_ANSWER'
  | 'VOICEMAIL'
  | 'WRONG_NUMBER';

/** The fields to change: a field left out stays as it is. A field's key and type stay, as leads and scoring rules use them. */
export type ChangeCustomFieldInput = {
  /** A choice field's, all of them: one that leads have can't be taken away. Can't be cleared. */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  fieldId: Scalars['ID']['input'];
  /** Can't be cleared. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Asked of leads written from now on; leads without a value keep none. Can't be cleared. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What to change before the import starts; left out stays. */
export type ChangeLeadImportInput = {
  /** A target per column, in order: a lead field (email...), custom:KEY, or null to leave the column out. */
  columns?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  externalSystem?: InputMaybe<Scalars['String']['input']>;
  importId: Scalars['ID']['input'];
  matchKeys?: InputMaybe<Array<MatchKey>>;
  onMatch?: InputMaybe<OnMatch>;
  /** Where the leads it makes come from; left out, it stays. Null clears it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** A template's targets for the headers it knows, first. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};

export type ChangeMemberRolePayload = {
  __typename?: 'ChangeMemberRolePayload';
  errors: Array<TenantError>;
  membership?: Maybe<Membership>;
};

export type CloseLeadInput = {
  leadId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type CompanySize =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type ConditionMatch =
  | 'ALL'
  | 'ANY';

export type ConditionOperator =
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'BETWEEN'
  | 'CONTAINS'
  | 'IS_NOT_ONE_OF'
  | 'IS_NOT_SET'
  | 'IS_ONE_OF'
  | 'IS_SET';

export type ConditionResult = {
  __typename?: 'ConditionResult';
  condition: LeadCondition;
  holds: Scalars['Boolean']['output'];
};

/** How many. */
export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
};

/** One bucket: its first and last day, clipped to the period. */
export type CountPoint = {
  __typename?: 'CountPoint';
  firstDay: Scalars['Date']['output'];
  lastDay: Scalars['Date']['output'];
  value: Count;
};

/** A KPI over the period, and bucket by bucket, empty ones included. */
export type CountSeries = {
  __typename?: 'CountSeries';
  points: Array<CountPoint>;
  total: Count;
};

export type CreateFunnelStageInput = {
  kind?: StageKind;
  name: Scalars['String']['input'];
  /** 1 is first; last if unset. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Whether a lead reaching it is routed; a lead a person gave to someone stays theirs. */
  routesLeads?: Scalars['Boolean']['input'];
  /** From 0 to 1. */
  winProbability: Scalars['Float']['input'];
};

export type CreateLeadInput = {
  lead: LeadInput;
  /** The funnel's first open stage if unset. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateRoutingRuleInput = {
  /** 1 is first; last if none. */
  position?: InputMaybe<Scalars['Int']['input']>;
  rule: RoutingRuleInput;
};

export type CreateTeamInput = {
  kind?: TeamKind;
  name: Scalars['String']['input'];
};

export type CreateTenantInput = {
  /** ISO 4217 code of the currency amounts are in, such as NOK. Left out: the region's, else NOK. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 country where phone numbers without a country code are read, such as NO. */
  defaultRegion?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** IANA time zone the tenant's days (KPIs) are counted in, such as Europe/Oslo. Left out: the region's, if it has one, else Europe/Oslo. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTenantPayload = {
  __typename?: 'CreateTenantPayload';
  errors: Array<TenantError>;
  /** Yours: owner. */
  membership?: Maybe<Membership>;
  /** Act in it with the same token, sending its id as 'X-Tenant-ID'. */
  tenant?: Maybe<Tenant>;
};

export type CreateWebhookEndpointInput = {
  /** Up to 200 characters. */
  description?: Scalars['String']['input'];
  /** What it receives: at least one. */
  eventTypes: Array<WebhookEventType>;
  /** An https URL with a public address (up to 2,000 characters). */
  url: Scalars['String']['input'];
};

/** The lead was created. */
export type CreatedDetails = {
  __typename?: 'CreatedDetails';
  /** The stage it started in, if it still exists. */
  stage?: Maybe<FunnelStage>;
  /** The stage it started in, as named then. */
  stageName: Scalars['String']['output'];
};

export type CustomField = Node & {
  __typename?: 'CustomField';
  choices: Array<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The key of its values in Lead.customFields. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  type: FieldType;
};

/** A connection to a list of items. */
export type CustomFieldConnection = {
  __typename?: 'CustomFieldConnection';
  /** Contains the nodes in this connection */
  edges: Array<CustomFieldEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type CustomFieldEdge = {
  __typename?: 'CustomFieldEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: CustomField;
};

export type CustomFieldPayload = {
  __typename?: 'CustomFieldPayload';
  errors: Array<LeadError>;
  field?: Maybe<CustomField>;
};

export type DefineCustomFieldInput = {
  choices?: Array<Scalars['String']['input']>;
  /** a-z, then a-z, 0-9 and _; 50 at most. */
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  required?: Scalars['Boolean']['input'];
  type: FieldType;
};

export type DeleteFunnelStageInput = {
  stageId: Scalars['ID']['input'];
};

export type DeleteFunnelStagePayload = {
  __typename?: 'DeleteFunnelStagePayload';
  deletedStageId?: Maybe<Scalars['ID']['output']>;
  errors: Array<LeadError>;
};

export type DeleteGoalInput = {
  goalId: Scalars['ID']['input'];
};

export type DeleteGoalPayload = {
  __typename?: 'DeleteGoalPayload';
  deletedGoalId?: Maybe<Scalars['ID']['output']>;
  errors: Array<GoalError>;
};

export type DeleteImportTemplateInput = {
  templateId: Scalars['ID']['input'];
};

export type DeleteImportTemplatePayload = {
  __typename?: 'DeleteImportTemplatePayload';
  deletedTemplateId?: Maybe<Scalars['ID']['output']>;
  errors: Array<ImportError>;
};

export type DeleteLeadViewInput = {
  leadViewId: Scalars['ID']['input'];
};

export type DeleteLeadViewPayload = {
  __typename?: 'DeleteLeadViewPayload';
  deletedLeadViewId?: Maybe<Scalars['ID']['output']>;
  errors: Array<LeadError>;
};

export type DeleteLeadsInput = {
  /** 1 to 1000 leads. */
  leadIds: Array<Scalars['ID']['input']>;
};

export type DeleteLeadsPayload = {
  __typename?: 'DeleteLeadsPayload';
  deletedLeadIds: Array<Scalars['ID']['output']>;
  errors: Array<LeadError>;
};

export type DeleteRoutingRuleInput = {
  routingRuleId: Scalars['ID']['input'];
};

export type DeleteRoutingRulePayload = {
  __typename?: 'DeleteRoutingRulePayload';
  deletedRuleId?: Maybe<Scalars['ID']['output']>;
  errors: Array<RoutingError>;
};

export type DeleteScoringRuleInput = {
  ruleId: Scalars['ID']['input'];
};

export type DeleteScoringRulePayload = {
  __typename?: 'DeleteScoringRulePayload';
  deletedRuleId?: Maybe<Scalars['ID']['output']>;
  errors: Array<LeadError>;
};

export type DeleteSourceInput = {
  sourceId: Scalars['ID']['input'];
};

export type DeleteSourcePayload = {
  __typename?: 'DeleteSourcePayload';
  deletedSourceId?: Maybe<Scalars['ID']['output']>;
  errors: Array<LeadError>;
};

export type DeleteTeamInput = {
  teamId: Scalars['ID']['input'];
};

export type DeleteTeamPayload = {
  __typename?: 'DeleteTeamPayload';
  deletedTeamId?: Maybe<Scalars['ID']['output']>;
  errors: Array<TeamError>;
};

export type DeleteWebhookEndpointPayload = {
  __typename?: 'DeleteWebhookEndpointPayload';
  deletedWebhookEndpointId?: Maybe<Scalars['ID']['output']>;
  errors: Array<WebhookError>;
};

/** A lead deleted, or merged into another, kept for partners' sync. */
export type DeletedLead = Node & {
  __typename?: 'DeletedLead';
  deletedAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The deleted lead's id, as it was. */
  leadId: Scalars['ID']['output'];
  /** The lead it was merged into (which may since have gone too); null if it was deleted. */
  mergedIntoId?: Maybe<Scalars['ID']['output']>;
};

/** A connection to a list of items. */
export type DeletedLeadConnection = {
  __typename?: 'DeletedLeadConnection';
  /** Contains the nodes in this connection */
  edges: Array<DeletedLeadEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type DeletedLeadEdge = {
  __typename?: 'DeletedLeadEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: DeletedLead;
};

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  lead: Lead;
  reasons: Array<DuplicateReason>;
};

/** Why a lead looks like another: the same email, the same phone, or the same name (ignoring case and accents) at the same domain. */
export type DuplicateReason =
  | 'SAME_EMAIL'
  | 'SAME_NAME_AT_DOMAIN'
  | 'SAME_PHONE';

/** An email a person logged. */
export type EmailDetails = LoggedDetails & {
  __typename?: 'EmailDetails';
  body: Scalars['String']['output'];
};

export type Engagement = {
  __typename?: 'Engagement';
  activityKind: ActivityKind;
  /** Each activity's points halve this often. */
  halfLifeDays: Scalars['Int']['output'];
};

export type EngagementInput = {
  activityKind: ActivityKind;
  halfLifeDays: Scalars['Int']['input'];
};

export type ExportLeadsInput = {
  /** Whose ids go in the External ID column. */
  externalSystem?: Scalars['String']['input'];
  /** The leads list's filter; every lead if left out. */
  filter?: InputMaybe<LeadFilterInput>;
  format?: FileFormat;
};

export type ExportStatus =
  | 'FAILED'
  | 'FINISHED'
  | 'RUNNING';

export type ExternalId = {
  __typename?: 'ExternalId';
  externalId: Scalars['String']['output'];
  system: Scalars['String']['output'];
};

export type ExternalIdInput = {
  externalId: Scalars['String']['input'];
  /** The partner's system, such as hubspot. */
  system: Scalars['String']['input'];
};

export type FailedImportRow = Node & {
  __typename?: 'FailedImportRow';
  /** The row's values, as the file has them. */
  cells: Array<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Where the row starts in the file (the header is 1). */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type FailedImportRowConnection = {
  __typename?: 'FailedImportRowConnection';
  /** Contains the nodes in this connection */
  edges: Array<FailedImportRowEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type FailedImportRowEdge = {
  __typename?: 'FailedImportRowEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: FailedImportRow;
};

export type FeedEvent = {
  __typename?: 'FeedEvent';
  activity: Activity;
  /** Where this activity stands in the order of commits: subscribe again 'after' it to resume without a gap. */
  cursor: Scalars['String']['output'];
};

/** Whose feed: a lead's, a person's or a team's (one of them at most); none of them: the whole tenant's. Of the kinds named, or of all. */
export type FeedInput = {
  kinds?: Array<ActivityKind>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** What its members did, and what happened to the leads it or they own. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** What the person did, and what happened to the leads they own. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type FieldType =
  | 'BOOLEAN'
  | 'CHOICE'
  | 'DATE'
  | 'NUMBER'
  | 'TEXT';

export type FileFormat =
  | 'CSV'
  | 'XLSX';

export type FitCondition = {
  __typename?: 'FitCondition';
  customFieldKey?: Maybe<Scalars['String']['output']>;
  field: ScoringField;
  number?: Maybe<Scalars['Decimal']['output']>;
  operator: ConditionOperator;
  values: Array<Scalars['String']['output']>;
};

export type FitConditionInput = {
  /** For CUSTOM. */
  customFieldKey?: InputMaybe<Scalars['String']['input']>;
  field: ScoringField;
  /** For AT_LEAST, AT_MOST. */
  number?: InputMaybe<Scalars['Decimal']['input']>;
  operator: ConditionOperator;
  /** For IS_ONE_OF, IS_NOT_ONE_OF and CONTAINS. */
  values?: Array<Scalars['String']['input']>;
};

export type FunnelStage = Node & {
  __typename?: 'FunnelStage';
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  kind: StageKind;
  /** The lifecycle step this stage stands for, if any. */
  milestone?: Maybe<Milestone>;
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** Whether a lead reaching this stage is routed (the SQL stage, at first). */
  routesLeads: Scalars['Boolean']['output'];
  /** From 0 to 1. */
  winProbability: Scalars['Float']['output'];
};

/** A connection to a list of items. */
export type FunnelStageConnection = {
  __typename?: 'FunnelStageConnection';
  /** Contains the nodes in this connection */
  edges: Array<FunnelStageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type FunnelStageEdge = {
  __typename?: 'FunnelStageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: FunnelStage;
};

export type FunnelStagePayload = {
  __typename?: 'FunnelStagePayload';
  errors: Array<LeadError>;
  stage?: Maybe<FunnelStage>;
};

export type FunnelStep = {
  __typename?: 'FunnelStep';
  /** Of the previous stage's, the share that reached this one; null for the first. */
  fromPrevious?: Maybe<Ratio>;
  /** Leads that reached the stage or passed it. */
  reached: Scalars['Int']['output'];
  stage: FunnelStage;
};

export type Goal = Node & {
  __typename?: 'Goal';
  /** Since when it has been behind its pace (its owners were told). */
  behindSince?: Maybe<Scalars['DateTime']['output']>;
  firstDay: Scalars['Date']['output'];
  /** The stage a conversion goal counts leads from. */
  fromStage?: Maybe<FunnelStage>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  lastDay: Scalars['Date']['output'];
  metric: GoalMetric;
  name: Scalars['String']['output'];
  /** The teams that own it. */
  owners: Array<Team>;
  period: GoalPeriod;
  /** How it stands now, from the figures the viewer sees: the tenant's, or for a sales rep those of the leads in reach, as every KPI. */
  progress: GoalProgress;
  reachedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The source whose return it measures. */
  source?: Maybe<Source>;
  /** The stage it counts leads reaching, or converting to. */
  stage?: Maybe<FunnelStage>;
  target: Scalars['Decimal']['output'];
};

/** A connection to a list of items. */
export type GoalConnection = {
  __typename?: 'GoalConnection';
  /** Contains the nodes in this connection */
  edges: Array<GoalEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type GoalEdge = {
  __typename?: 'GoalEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Goal;
};

export type GoalError = UserError & {
  __typename?: 'GoalError';
  code: AnalyticsErrorCode;
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** A month's or a quarter's goal covers the one firstDay falls in; a custom one, firstDay to lastDay (days of the tenant's time zone). */
export type GoalInput = {
  firstDay: Scalars['Date']['input'];
  /** STAGE_CONVERSION's earlier stage. */
  fromStageId?: InputMaybe<Scalars['ID']['input']>;
  lastDay?: InputMaybe<Scalars['Date']['input']>;
  metric: GoalMetric;
  name: Scalars['String']['input'];
  period: GoalPeriod;
  /** SOURCE_RETURN's source (one with a cost). */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** STAGE_REACHED's stage, or STAGE_CONVERSION's later one. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** A share from 0 to 1; a count a whole number; an amount in the tenant's currency; days or minutes for a median. */
  target: Scalars['Decimal']['input'];
  /** The teams that own it, marketing's and sales' together: 1 to 20. */
  teamIds: Array<Scalars['ID']['input']>;
};

/** What a goal measures: one of the KPIs. */
export type GoalMetric =
  | 'AVERAGE_TICKET'
  | 'CUSTOMER_RETENTION'
  | 'LEAD_TO_CUSTOMER'
  | 'LEAD_VOLUME'
  | 'PIPELINE_VALUE'
  | 'RESPONSE_MINUTES'
  | 'SALES_CYCLE_DAYS'
  | 'SALES_VOLUME'
  | 'SHARE_OVER_SLA'
  | 'SOURCE_RETURN'
  | 'STAGE_CONVERSION'
  | 'STAGE_REACHED'
  | 'WINS'
  | 'WIN_RATE';

export type GoalPayload = {
  __typename?: 'GoalPayload';
  errors: Array<GoalError>;
  goal?: Maybe<Goal>;
};

export type GoalPeriod =
  | 'CUSTOM'
  | 'MONTH'
  | 'QUARTER';

export type GoalProgress = {
  __typename?: 'GoalProgress';
  days: Scalars['Int']['output'];
  /** Whole days of the period done. */
  daysGone: Scalars['Int']['output'];
  /** Where it should be now to reach the target: the target's share of the period's time gone for a count or an amount, the target itself for a share or a median. */
  expectedByNow: Scalars['Decimal']['output'];
  /** Where it will end at today's rate (a count or an amount), or where it is. */
  forecast?: Maybe<Scalars['Decimal']['output']>;
  status: GoalStatus;
  /** The metric over the period so far; null when there is nothing to measure. */
  value?: Maybe<Scalars['Decimal']['output']>;
};

export type GoalStatus =
  | 'BEHIND'
  | 'MISSED'
  | 'ON_PACE'
  | 'REACHED'
  | 'UPCOMING';

export type ImportColumn = {
  __typename?: 'ImportColumn';
  /** As the file's first row names it. */
  header: Scalars['String']['output'];
  /** The lead field it fills (email, phone, custom:KEY...); null: left out. */
  target?: Maybe<Scalars['String']['output']>;
};

export type ImportError = UserError & {
  __typename?: 'ImportError';
  code: ImportErrorCode;
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type ImportErrorCode =
  | 'ALREADY_ENDED'
  | 'ALREADY_STARTED'
  | 'EMPTY_FILE'
  | 'INVALID'
  | 'NAME_TAKEN'
  | 'NOT_A_TABLE'
  | 'NOT_FOUND'
  | 'NO_HEADER'
  | 'TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'WRONG_ENCODING';

export type ImportProgress = {
  __typename?: 'ImportProgress';
  created: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  percent: Scalars['Float']['output'];
  /** Rows done, each created, updated, skipped or failed. */
  read: Scalars['Int']['output'];
  /** Since the import started. */
  rowsPerSecond?: Maybe<Scalars['Float']['output']>;
  /** At that rate; null until known. */
  secondsLeft?: Maybe<Scalars['Int']['output']>;
  /** Rows that matched a lead and changed nothing. */
  skipped: Scalars['Int']['output'];
  /** The file's data rows. */
  totalRows: Scalars['Int']['output'];
  /** Rows that changed a lead. */
  updated: Scalars['Int']['output'];
};

export type ImportStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'FAILED'
  | 'FINISHED'
  | 'RUNNING';

export type ImportTemplate = Node & {
  __typename?: 'ImportTemplate';
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The target of each header it knows. */
  targets: Array<ImportColumn>;
};

/** A connection to a list of items. */
export type ImportTemplateConnection = {
  __typename?: 'ImportTemplateConnection';
  /** Contains the nodes in this connection */
  edges: Array<ImportTemplateEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ImportTemplateEdge = {
  __typename?: 'ImportTemplateEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ImportTemplate;
};

export type ImportTemplatePayload = {
  __typename?: 'ImportTemplatePayload';
  errors: Array<ImportError>;
  template?: Maybe<ImportTemplate>;
};

/** A list was imported: its summary, one for all its rows. */
export type ImportedDetails = {
  __typename?: 'ImportedDetails';
  created: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  leadImportId: Scalars['ID']['output'];
  skipped: Scalars['Int']['output'];
  /** How it ended. */
  status: ImportStatus;
  updated: Scalars['Int']['output'];
};

export type Invitation = Node & {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  role: Role;
  status: InvitationStatus;
};

/** A connection to a list of items. */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  /** Contains the nodes in this connection */
  edges: Array<InvitationEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Invitation;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  role: Role;
};

export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  errors: Array<TenantError>;
  invitation?: Maybe<Invitation>;
};

/** What a KPI's series is cut into; at most 1000 points. */
export type KpiBucket =
  | 'DAY'
  | 'MONTH'
  | 'NONE'
  | 'WEEK';

/** Which leads count, as they are now; each list matches any of its values (50 at most), and the lists all together. */
export type KpiFiltersInput = {
  sourceIds?: Array<Scalars['ID']['input']>;
  sourceKinds?: Array<SourceKind>;
  /** Leads in one of these stages now. */
  stageIds?: Array<Scalars['ID']['input']>;
  /** Leads a team owns. */
  teamIds?: Array<Scalars['ID']['input']>;
  /** Leads a person owns. */
  userIds?: Array<Scalars['ID']['input']>;
};

/** A language the web app speaks. */
export type Language =
  | 'EN'
  | 'NB';

export type Lead = Node & {
  __typename?: 'Lead';
  /** The lead's feed, latest first. */
  activities: ActivityConnection;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was lost or disqualified. */
  closedReason?: Maybe<Scalars['String']['output']>;
  company?: Maybe<Scalars['String']['output']>;
  companySize?: Maybe<CompanySize>;
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Values by field key. */
  customFields: Scalars['JSON']['output'];
  /** From the website, else the email. */
  domain?: Maybe<Scalars['String']['output']>;
  /** Other leads that look like this one (ask on one lead at a time). */
  duplicateCandidates: Array<DuplicateCandidate>;
  email?: Maybe<Scalars['String']['output']>;
  expectedValue?: Maybe<Scalars['Decimal']['output']>;
  /** The ids partners know this lead by. */
  externalIds: Array<ExternalId>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nurtureUntil?: Maybe<Scalars['Date']['output']>;
  /** The member who works the lead. */
  owner?: Maybe<User>;
  /** The team that works the lead, with or without an owner. */
  ownerTeam?: Maybe<Team>;
  /** E.164. */
  phone?: Maybe<Scalars['String']['output']>;
  purchaseTimeframe: PurchaseTimeframe;
  /** The customer who referred this lead. */
  referredBy?: Maybe<Lead>;
  region?: Maybe<Scalars['String']['output']>;
  /** Why the lead went to whom it did: its latest decision. */
  routingDecision?: Maybe<RoutingDecision>;
  score: Scalars['Int']['output'];
  /** Each rule that contributed to the score, and its points. */
  scoreBreakdown: Array<ScoreContribution>;
  source?: Maybe<Source>;
  stage: FunnelStage;
  /** Every stage the lead entered, oldest first. */
  stageHistory: Array<StageChange>;
  /** Lower-cased, alphabetical. */
  tags: Array<Scalars['String']['output']>;
  temperature: Temperature;
  /** True when a person set the temperature instead of the timeframe. */
  temperatureOverridden: Scalars['Boolean']['output'];
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  website?: Maybe<Scalars['String']['output']>;
  wonAmount?: Maybe<Scalars['Decimal']['output']>;
};


export type LeadActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The fields to change: a field left out stays as it is. */
export type LeadChangesInput = {
  /** Null clears it. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  companySize?: InputMaybe<CompanySize>;
  /** ISO 3166-1 alpha-2. Null clears it. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Values by field key: a key left out stays as it is, a null value clears one. Can't be cleared. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  expectedValue?: InputMaybe<Scalars['Decimal']['input']>;
  /** All of its external ids: [] removes them. Can't be cleared. */
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  /** Null clears it. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Can't be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A member's user id. Null clears it. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Null clears it. */
  ownerTeamId?: InputMaybe<Scalars['ID']['input']>;
  /** With its country code, or read in the lead's country, else the tenant's default region. Null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** UNKNOWN says nobody knows. Can't be cleared. */
  purchaseTimeframe?: InputMaybe<PurchaseTimeframe>;
  /** The customer (a won lead) who referred this one. Null clears it. */
  referredById?: InputMaybe<Scalars['ID']['input']>;
  /** Null clears it. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** All of its tags: [] removes them. Can't be cleared. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Overrides the temperature the timeframe gives. Cleared, it follows the timeframe again. Null clears it. */
  temperature?: InputMaybe<Temperature>;
  /** Null clears it. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  website?: InputMaybe<Scalars['String']['input']>;
};

export type LeadCondition = {
  __typename?: 'LeadCondition';
  customFieldKey?: Maybe<Scalars['String']['output']>;
  field: LeadField;
  number?: Maybe<Scalars['Decimal']['output']>;
  operator: ConditionOperator;
  upTo?: Maybe<Scalars['Decimal']['output']>;
  /** Node IDs for STAGE and SOURCE. */
  values: Array<Scalars['String']['output']>;
};

/** A condition on one lead field, with what it compares. */
export type LeadConditionInput = {
  /** For CUSTOM. */
  customFieldKey?: InputMaybe<Scalars['String']['input']>;
  field: LeadField;
  /** For AT_LEAST, AT_MOST, and BETWEEN's lower bound. */
  number?: InputMaybe<Scalars['Decimal']['input']>;
  /** Text: IS_ONE_OF, IS_NOT_ONE_OF, CONTAINS; choices, stages and sources: IS_ONE_OF, IS_NOT_ONE_OF; numbers: AT_LEAST, AT_MOST, BETWEEN; tags: IS_ONE_OF (any of them), IS_NOT_ONE_OF (none), CONTAINS; any field: IS_SET, IS_NOT_SET. */
  operator: ConditionOperator;
  /** BETWEEN's upper bound (both included). */
  upTo?: InputMaybe<Scalars['Decimal']['input']>;
  /** 1 to 50, for IS_ONE_OF, IS_NOT_ONE_OF and CONTAINS; node IDs for STAGE and SOURCE. */
  values?: Array<Scalars['String']['input']>;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** Contains the nodes in this connection */
  edges: Array<LeadEdge>;
  /** What the matching leads are expected to bring: the sum of their expectedValue (a lead without one adds nothing), on every page, over 10,000 of them at most (1,000 when the filter has a text), as totalCount counts: when expectedValueTotalIsCapped, at least this. Summed only when asked. */
  expectedValueTotal: Scalars['Decimal']['output'];
  /** More leads match than expectedValueTotal sums: it stopped there. */
  expectedValueTotalIsCapped: Scalars['Boolean']['output'];
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** How many leads match, on every page, counted up to 10,000 (1,000 when the filter has a text): when totalCountIsCapped, at least that many. */
  totalCount: Scalars['Int']['output'];
  /** More leads match than totalCount counts up to: it stopped there. */
  totalCountIsCapped: Scalars['Boolean']['output'];
};

/** An edge in a connection. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Lead;
};

export type LeadError = UserError & {
  __typename?: 'LeadError';
  code: LeadErrorCode;
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type LeadErrorCode =
  | 'CHOICE_IN_USE'
  | 'EXTERNAL_ID_TAKEN'
  | 'FIELD_IN_USE'
  | 'ILLEGAL_MOVE'
  | 'INVALID'
  | 'LAST_OPEN_STAGE'
  | 'MEASURED_BY_GOAL'
  | 'NAME_TAKEN'
  | 'NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'NO_SUCH_MILESTONE'
  | 'ORDER_MISMATCH'
  | 'SOURCE_IN_USE'
  | 'STAGE_HAS_HISTORY'
  | 'STAGE_HAS_LEADS'
  | 'TOO_MANY'
  | 'TOO_MANY_STAGES';

export type LeadExport = Node & {
  __typename?: 'LeadExport';
  createdAt: Scalars['DateTime']['output'];
  /** Where the file downloads (GET, with the same Authorization header), once the export is finished. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** Whose ids the External ID column holds. */
  externalSystem: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  format: FileFormat;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Who asked for it. */
  requestedBy?: Maybe<User>;
  /** Leads written, once it is finished. */
  rows: Scalars['Int']['output'];
  status: ExportStatus;
};

/** A connection to a list of items. */
export type LeadExportConnection = {
  __typename?: 'LeadExportConnection';
  /** Contains the nodes in this connection */
  edges: Array<LeadExportEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type LeadExportEdge = {
  __typename?: 'LeadExportEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: LeadExport;
};

export type LeadExportPayload = {
  __typename?: 'LeadExportPayload';
  errors: Array<ImportError>;
  leadExport?: Maybe<LeadExport>;
};

export type LeadField =
  | 'COMPANY'
  | 'COMPANY_SIZE'
  | 'COUNTRY'
  | 'CUSTOM'
  | 'DOMAIN'
  | 'EXPECTED_VALUE'
  | 'INDUSTRY'
  | 'PURCHASE_TIMEFRAME'
  | 'REGION'
  | 'SCORE'
  | 'SOURCE'
  | 'SOURCE_KIND'
  | 'STAGE'
  | 'TAGS'
  | 'TEMPERATURE'
  | 'TITLE';

export type LeadFilterInput = {
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Int']['input']>;
  ownerIds?: Array<Scalars['ID']['input']>;
  /** Parked for nurture, or not. */
  parked?: InputMaybe<Scalars['Boolean']['input']>;
  sourceIds?: Array<Scalars['ID']['input']>;
  sourceKinds?: Array<SourceKind>;
  stageIds?: Array<Scalars['ID']['input']>;
  /** Leads with all of them: at most 50, as many as a lead has. */
  tags?: Array<Scalars['String']['input']>;
  /** Leads a team owns. */
  teamIds?: Array<Scalars['ID']['input']>;
  temperatures?: Array<Temperature>;
  /** In name, company or email, ignoring case and accents (Ødegård, odegard), or a phone number or part of one, typed in any format. */
  text?: InputMaybe<Scalars['String']['input']>;
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

export type LeadImport = Node & {
  __typename?: 'LeadImport';
  columns: Array<ImportColumn>;
  createdAt: Scalars['DateTime']['output'];
  /** A CSV's, as found or as told. */
  delimiter?: Maybe<Scalars['String']['output']>;
  /** A CSV's, as found or as told. */
  encoding?: Maybe<Scalars['String']['output']>;
  /** Where the failed rows download as CSV, each with its line and reason (GET, with the same Authorization header); null while none failed. */
  errorReportUrl?: Maybe<Scalars['String']['output']>;
  /** Whose ids the external_id column holds. */
  externalSystem: Scalars['String']['output'];
  /** The rows that failed, in the file's order, with why. */
  failedRows: FailedImportRowConnection;
  failure?: Maybe<Scalars['String']['output']>;
  fileFormat: FileFormat;
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Tried in this order. */
  matchKeys: Array<MatchKey>;
  onMatch: OnMatch;
  /** The first rows as the import reads them, each with its problems; nothing is written. One import per request, and only until it ends (its file then goes); null with an error otherwise. */
  preview?: Maybe<Array<PreviewRow>>;
  progress: ImportProgress;
  sizeBytes: Scalars['Int']['output'];
  /** The source stamped on the leads it creates. */
  source?: Maybe<Source>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who started it; null for the command line. */
  startedBy?: Maybe<User>;
  status: ImportStatus;
  /** The activity it left in the feed when it ended: one for all its rows. */
  summary?: Maybe<Activity>;
};


export type LeadImportFailedRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type LeadImportPreviewArgs = {
  first?: Scalars['Int']['input'];
};

/** A connection to a list of items. */
export type LeadImportConnection = {
  __typename?: 'LeadImportConnection';
  /** Contains the nodes in this connection */
  edges: Array<LeadImportEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type LeadImportEdge = {
  __typename?: 'LeadImportEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: LeadImport;
};

export type LeadImportInput = {
  importId: Scalars['ID']['input'];
};

export type LeadImportPayload = {
  __typename?: 'LeadImportPayload';
  errors: Array<ImportError>;
  leadImport?: Maybe<LeadImport>;
};

export type LeadImportUpdate = {
  __typename?: 'LeadImportUpdate';
  failure?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  leadImportId: Scalars['ID']['output'];
  progress: ImportProgress;
  status: ImportStatus;
};

export type LeadInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  companySize?: InputMaybe<CompanySize>;
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Values by field key; a null value leaves one unset. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  expectedValue?: InputMaybe<Scalars['Decimal']['input']>;
  externalIds?: Array<ExternalIdInput>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** A member's user id. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  ownerTeamId?: InputMaybe<Scalars['ID']['input']>;
  /** With its country code, or read in the lead's country, else the tenant's default region. */
  phone?: InputMaybe<Scalars['String']['input']>;
  purchaseTimeframe?: PurchaseTimeframe;
  /** The customer (a won lead) who referred this one. */
  referredById?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  tags?: Array<Scalars['String']['input']>;
  /** Overrides the temperature the timeframe gives. */
  temperature?: InputMaybe<Temperature>;
  title?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type LeadOrder =
  | 'CREATED'
  | 'NAME'
  | 'SCORE'
  | 'UPDATED';

export type LeadPayload = {
  __typename?: 'LeadPayload';
  errors: Array<LeadError>;
  lead?: Maybe<Lead>;
};

/** The leads list's filter and sort, kept by name: send its filter, orderBy and descending to tenant.leads to open it. */
export type LeadView = Node & {
  __typename?: 'LeadView';
  createdAt: Scalars['DateTime']['output'];
  /** Who saved it; they may have left the company since. */
  createdBy?: Maybe<User>;
  descending: Scalars['Boolean']['output'];
  /** A LeadFilterInput, as it was saved: send it back as it is. */
  filter: Scalars['JSON']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Whether you saved it: only yours are saved over by name. */
  mine: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  orderBy: LeadOrder;
  /** Seen by the whole company; else by its creator alone. */
  shared: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type LeadViewPayload = {
  __typename?: 'LeadViewPayload';
  errors: Array<LeadError>;
  leadView?: Maybe<LeadView>;
};

export type LeadVolume = {
  __typename?: 'LeadVolume';
  /** The 20 sources with the most leads, most first. */
  bySource: Array<SourceSeries>;
  points: Array<CountPoint>;
  total: Count;
};

export type LogActivityInput = {
  body: Scalars['String']['input'];
  /** Calls only: 0 to 86400. */
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** NOTE, CALL, EMAIL or MEETING. */
  kind: ActivityKind;
  leadId: Scalars['ID']['input'];
  /** Now if unset. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Calls only. */
  outcome?: InputMaybe<CallOutcome>;
};

export type LogActivityPayload = {
  __typename?: 'LogActivityPayload';
  activity?: Maybe<Activity>;
  errors: Array<ActivityError>;
};

export type LogInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LogInPayload = {
  __typename?: 'LogInPayload';
  errors: Array<TenantError>;
  token?: Maybe<Scalars['String']['output']>;
  tokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  user?: Maybe<User>;
};

export type LogOutInput = {
  /** End every login of yours. */
  everywhere?: Scalars['Boolean']['input'];
};

export type LogOutPayload = {
  __typename?: 'LogOutPayload';
  endedSessions: Scalars['Int']['output'];
  errors: Array<TenantError>;
};

/** What a person logged by hand. */
export type LoggedDetails = {
  body: Scalars['String']['output'];
};

/** What makes a row the same lead as one the tenant has. */
export type MatchKey =
  | 'EMAIL'
  | 'EXTERNAL_ID'
  | 'PHONE';

export type Me = {
  __typename?: 'Me';
  /** Your membership in the tenant this request is for. */
  currentMembership?: Maybe<Membership>;
  /** The language the web app shows you; null: your browser's. */
  language?: Maybe<Language>;
  /** Every tenant you belong to; choose one per request with 'X-Tenant-ID'. */
  memberships: Array<Membership>;
  user: User;
};

/** A meeting a person logged. */
export type MeetingDetails = LoggedDetails & {
  __typename?: 'MeetingDetails';
  body: Scalars['String']['output'];
};

/** A member of the tenant did it. */
export type MemberActor = {
  __typename?: 'MemberActor';
  /** Null if the person's account is gone. */
  member?: Maybe<User>;
};

export type Membership = Node & {
  __typename?: 'Membership';
  createdAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  role: Role;
  tenant: Tenant;
  user: User;
};

/** A connection to a list of items. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** Contains the nodes in this connection */
  edges: Array<MembershipEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Membership;
};

export type MergeLeadsInput = {
  /** The lead folded into it. */
  duplicateId: Scalars['ID']['input'];
  /** The lead that stays. */
  survivorId: Scalars['ID']['input'];
};

/** Another lead was merged into this one, and is gone. */
export type MergedDetails = {
  __typename?: 'MergedDetails';
  /** The merged lead's id: lead(id:) answers this lead for it. */
  mergedLeadId: Scalars['ID']['output'];
  /** Its name when merged. */
  mergedLeadName: Scalars['String']['output'];
};

export type Milestone =
  | 'CUSTOMER'
  | 'DISQUALIFIED'
  | 'LOST'
  | 'MQL'
  | 'OPPORTUNITY'
  | 'SQL'
  | 'SUSPECT';

export type MoveLeadInput = {
  leadId: Scalars['ID']['input'];
  /** An open stage. */
  stageId: Scalars['ID']['input'];
};

export type MoveLeadsInput = {
  /** 1 to 1000 leads. */
  leadIds: Array<Scalars['ID']['input']>;
  /** An open stage. */
  stageId: Scalars['ID']['input'];
};

export type MqlScoreThresholdPayload = {
  __typename?: 'MqlScoreThresholdPayload';
  errors: Array<LeadError>;
  threshold?: Maybe<Scalars['Int']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Join a tenant: logged in, or as a new account. */
  acceptInvitation: AcceptInvitationPayload;
  addTeamMember: TeamPayload;
  assignLeads: BulkLeadsPayload;
  /** Stop the import: the rows it wrote stay, the rest are not read. */
  cancelLeadImport: LeadImportPayload;
  changeCustomField: CustomFieldPayload;
  changeLeadImport: LeadImportPayload;
  changeMemberRole: ChangeMemberRolePayload;
  createFunnelStage: FunnelStagePayload;
  createGoal: GoalPayload;
  createLead: SaveLeadPayload;
  createRoutingRule: RoutingRulePayload;
  /** Every lead is rescored in the background. */
  createScoringRule: ScoringRulePayload;
  createSource: SourcePayload;
  createTeam: TeamPayload;
  /** Found another company (tenant), of which you become the owner. */
  createTenant: CreateTenantPayload;
  /** It receives the events committed from now on, signed with the secret in the answer. */
  createWebhookEndpoint: WebhookEndpointPayload;
  defineCustomField: CustomFieldPayload;
  deleteFunnelStage: DeleteFunnelStagePayload;
  deleteGoal: DeleteGoalPayload;
  deleteImportTemplate: DeleteImportTemplatePayload;
  /** Delete a view you saved; owners and admins delete a shared one too. */
  deleteLeadView: DeleteLeadViewPayload;
  /** With their feed and history; the tenant's audit trail keeps the count. */
  deleteLeads: DeleteLeadsPayload;
  /** Its decisions stay; the rules after it move up one. */
  deleteRoutingRule: DeleteRoutingRulePayload;
  /** Every lead is rescored in the background. */
  deleteScoringRule: DeleteScoringRulePayload;
  deleteSource: DeleteSourcePayload;
  deleteTeam: DeleteTeamPayload;
  /** It and its delivery log are gone. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  disqualifyLead: LeadPayload;
  /** Write the leads a filter selects to CSV or XLSX, in the columns an import maps: a job writes it; then download it from downloadUrl. */
  exportLeads: LeadExportPayload;
  inviteMember: InviteMemberPayload;
  /** A call, email or meeting answers the lead's routing: its response time is kept, and its SLA met. */
  logActivity: LogActivityPayload;
  logIn: LogInPayload;
  logOut: LogOutPayload;
  loseLead: LeadPayload;
  mergeLeads: LeadPayload;
  moveLead: LeadPayload;
  moveLeads: BulkLeadsPayload;
  /** Set an open lead aside for nurture; it returns to its owner on the day. */
  parkLead: LeadPayload;
  qualifyLead: LeadPayload;
  /** Bring a lost lead back into the funnel's first stage, parked for nurture. */
  recycleLead: LeadPayload;
  /** Send a delivery again now, with the same webhook-id; within its first day, a failure is retried again. */
  redeliverWebhook: WebhookDeliveryPayload;
  registerApiClient: ApiClientPayload;
  removeCustomField: RemoveCustomFieldPayload;
  removeMember: RemoveMemberPayload;
  removeTeamMember: TeamPayload;
  /** @deprecated Use updateTeam. */
  renameTeam: TeamPayload;
  reopenLead: LeadPayload;
  reorderFunnelStages: ReorderFunnelStagesPayload;
  reorderRoutingRules: ReorderRoutingRulesPayload;
  /** Email a password reset link to the account of this email, if there is one; the answer is the same either way. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Set a new password with a reset link's token. */
  resetPassword: ResetPasswordPayload;
  /** The client gets no more tokens, and every token it holds ends now. */
  revokeApiClient: ApiClientPayload;
  revokeInvitation: RevokeInvitationPayload;
  /** A new secret for a confidential client; the old one stops at once. */
  rotateApiClientSecret: ApiClientPayload;
  /** A new signing secret, in the answer; for a day, messages are signed with the old one too, so the receiver can swap them without losing one. */
  rotateWebhookSecret: WebhookEndpointPayload;
  /** Route a lead now, whoever owns it, or see who would get it (dryRun). */
  routeLead: RouteLeadPayload;
  /** Route many leads at once: all of them, or none if one is not found. */
  routeLeads: RouteLeadsPayload;
  /** Route every open lead with no owner, in the background, batch by batch; each batch's progress is logged and counted on /metrics. */
  routeUnassignedLeads: RouteUnassignedLeadsPayload;
  saveImportTemplate: ImportTemplatePayload;
  /** Save the leads list's filter and sort under a name: a new view, or yours of that name replaced. Each person keeps 50 at most. */
  saveLeadView: LeadViewPayload;
  /** Suspects scoring at least this become MQLs (checked in the background). */
  setMqlScoreThreshold: MqlScoreThresholdPayload;
  setRoutingFallback: RoutingFallbackPayload;
  /** Create a company (tenant), its owner, and log in. */
  signUp: SignUpPayload;
  /** Start the import: workers take it in chunks; watch its progress. */
  startLeadImport: LeadImportPayload;
  tagLeads: BulkLeadsPayload;
  /** Send the endpoint a webhook.test message now, once, even while it is disabled; the delivery says how it was answered. */
  testWebhook: WebhookDeliveryPayload;
  /** End a lead's nurture before its day. */
  unparkLead: LeadPayload;
  untagLeads: BulkLeadsPayload;
  /** A member sets their own; owners, admins and sales managers anyone's. */
  updateAvailability: AvailabilityPayload;
  updateFunnelStage: FunnelStagePayload;
  /** Change what the goal says; its owners will be told of it again. */
  updateGoal: GoalPayload;
  updateLead: SaveLeadPayload;
  updateProfile: UpdateProfilePayload;
  updateRoutingRule: RoutingRulePayload;
  /** Every lead is rescored in the background. */
  updateScoringRule: ScoringRulePayload;
  updateSource: SourcePayload;
  updateTeam: TeamPayload;
  /** A member's part in the team's routing. */
  updateTeamMember: TeamPayload;
  updateTenantSettings: UpdateTenantSettingsPayload;
  updateWebhookEndpoint: WebhookEndpointPayload;
  /** A new import of the file, its columns mapped from their headers: change them, preview, then start it. Send it as multipart/form-data. */
  uploadLeadList: LeadImportPayload;
  /** Create each lead, or change the one it matches to what it says: all or none of them, and the same call again changes nothing more. */
  upsertLeads: UpsertLeadsPayload;
  winLead: LeadPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddTeamMemberArgs = {
  input: TeamMemberInput;
};


export type MutationAssignLeadsArgs = {
  input: AssignLeadsInput;
};


export type MutationCancelLeadImportArgs = {
  input: LeadImportInput;
};


export type MutationChangeCustomFieldArgs = {
  input: ChangeCustomFieldInput;
};


export type MutationChangeLeadImportArgs = {
  input: ChangeLeadImportInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationCreateFunnelStageArgs = {
  input: CreateFunnelStageInput;
};


export type MutationCreateGoalArgs = {
  input: GoalInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateRoutingRuleArgs = {
  input: CreateRoutingRuleInput;
};


export type MutationCreateScoringRuleArgs = {
  input: ScoringRuleInput;
};


export type MutationCreateSourceArgs = {
  input: SourceInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDefineCustomFieldArgs = {
  input: DefineCustomFieldInput;
};


export type MutationDeleteFunnelStageArgs = {
  input: DeleteFunnelStageInput;
};


export type MutationDeleteGoalArgs = {
  input: DeleteGoalInput;
};


export type MutationDeleteImportTemplateArgs = {
  input: DeleteImportTemplateInput;
};


export type MutationDeleteLeadViewArgs = {
  input: DeleteLeadViewInput;
};


export type MutationDeleteLeadsArgs = {
  input: DeleteLeadsInput;
};


export type MutationDeleteRoutingRuleArgs = {
  input: DeleteRoutingRuleInput;
};


export type MutationDeleteScoringRuleArgs = {
  input: DeleteScoringRuleInput;
};


export type MutationDeleteSourceArgs = {
  input: DeleteSourceInput;
};


export type MutationDeleteTeamArgs = {
  input: DeleteTeamInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  input: WebhookEndpointInput;
};


export type MutationDisqualifyLeadArgs = {
  input: CloseLeadInput;
};


export type MutationExportLeadsArgs = {
  input: ExportLeadsInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLogActivityArgs = {
  input: LogActivityInput;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationLogOutArgs = {
  input: LogOutInput;
};


export type MutationLoseLeadArgs = {
  input: CloseLeadInput;
};


export type MutationMergeLeadsArgs = {
  input: MergeLeadsInput;
};


export type MutationMoveLeadArgs = {
  input: MoveLeadInput;
};


export type MutationMoveLeadsArgs = {
  input: MoveLeadsInput;
};


export type MutationParkLeadArgs = {
  input: ParkLeadInput;
};


export type MutationQualifyLeadArgs = {
  input: QualifyLeadInput;
};


export type MutationRecycleLeadArgs = {
  input: RecycleLeadInput;
};


export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


export type MutationRegisterApiClientArgs = {
  input: RegisterApiClientInput;
};


export type MutationRemoveCustomFieldArgs = {
  input: RemoveCustomFieldInput;
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationRemoveTeamMemberArgs = {
  input: TeamMemberInput;
};


export type MutationRenameTeamArgs = {
  input: RenameTeamInput;
};


export type MutationReopenLeadArgs = {
  input: ReopenLeadInput;
};


export type MutationReorderFunnelStagesArgs = {
  input: ReorderFunnelStagesInput;
};


export type MutationReorderRoutingRulesArgs = {
  input: ReorderRoutingRulesInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRevokeApiClientArgs = {
  input: ApiClientInput;
};


export type MutationRevokeInvitationArgs = {
  input: RevokeInvitationInput;
};


export type MutationRotateApiClientSecretArgs = {
  input: ApiClientInput;
};


export type MutationRotateWebhookSecretArgs = {
  input: WebhookEndpointInput;
};


export type MutationRouteLeadArgs = {
  input: RouteLeadInput;
};


export type MutationRouteLeadsArgs = {
  input: RouteLeadsInput;
};


export type MutationRouteUnassignedLeadsArgs = {
  input: RouteUnassignedLeadsInput;
};


export type MutationSaveImportTemplateArgs = {
  input: SaveImportTemplateInput;
};


export type MutationSaveLeadViewArgs = {
  input: SaveLeadViewInput;
};


export type MutationSetMqlScoreThresholdArgs = {
  input: SetMqlScoreThresholdInput;
};


export type MutationSetRoutingFallbackArgs = {
  input: SetRoutingFallbackInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartLeadImportArgs = {
  input: LeadImportInput;
};


export type MutationTagLeadsArgs = {
  input: TagLeadsInput;
};


export type MutationTestWebhookArgs = {
  input: WebhookEndpointInput;
};


export type MutationUnparkLeadArgs = {
  input: UnparkLeadInput;
};


export type MutationUntagLeadsArgs = {
  input: TagLeadsInput;
};


export type MutationUpdateAvailabilityArgs = {
  input: UpdateAvailabilityInput;
};


export type MutationUpdateFunnelStageArgs = {
  input: UpdateFunnelStageInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateRoutingRuleArgs = {
  input: UpdateRoutingRuleInput;
};


export type MutationUpdateScoringRuleArgs = {
  input: UpdateScoringRuleInput;
};


export type MutationUpdateSourceArgs = {
  input: UpdateSourceInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


export type MutationUpdateTeamMemberArgs = {
  input: UpdateTeamMemberInput;
};


export type MutationUpdateTenantSettingsArgs = {
  input: UpdateTenantSettingsInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


export type MutationUploadLeadListArgs = {
  input: UploadLeadListInput;
};


export type MutationUpsertLeadsArgs = {
  input: UpsertLeadsInput;
};


export type MutationWinLeadArgs = {
  input: WinLeadInput;
};

/** An object with a Globally Unique ID */
export type Node = {
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
};

/** A note a person logged. */
export type NoteDetails = LoggedDetails & {
  __typename?: 'NoteDetails';
  body: Scalars['String']['output'];
};

/** The lead's nurture ended: it is back to its owner's attention. */
export type NurtureEndedDetails = {
  __typename?: 'NurtureEndedDetails';
  /** True when it came back on its day; false when unparked before. */
  due: Scalars['Boolean']['output'];
  parkedUntil: Scalars['Date']['output'];
};

/** What a row that matches a lead does to it. */
export type OnMatch =
  | 'CREATE'
  | 'FILL'
  | 'OVERWRITE'
  | 'SKIP';

/** Information to aid in pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type ParkLeadInput = {
  leadId: Scalars['ID']['input'];
  /** The day it returns to its owner; after today. */
  until: Scalars['Date']['input'];
};

/** The lead was parked for nurture. */
export type ParkedDetails = {
  __typename?: 'ParkedDetails';
  /** When it returns to its owner. */
  until: Scalars['Date']['output'];
};

/** A partner's API client installed in the tenant did it. */
export type PartnerClientActor = {
  __typename?: 'PartnerClientActor';
  clientId: Scalars['ID']['output'];
};

export type PassedLead = {
  __typename?: 'PassedLead';
  leadId: Scalars['ID']['output'];
  reason: RoutingPassReason;
};

/** Whole days in the tenant's time zone, the first and the last included; 3660 at most. */
export type PeriodInput = {
  firstDay: Scalars['Date']['input'];
  lastDay: Scalars['Date']['input'];
};

export type PreviewLead = {
  __typename?: 'PreviewLead';
  company?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** E.164. */
  phone?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

export type PreviewRow = {
  __typename?: 'PreviewRow';
  cells: Array<Scalars['String']['output']>;
  /** Null when the row cannot be one. */
  lead?: Maybe<PreviewLead>;
  line: Scalars['Int']['output'];
  /** Why not, each named by its column. */
  problems?: Maybe<Scalars['String']['output']>;
};

export type PurchaseTimeframe =
  | 'IMMEDIATE'
  | 'LATER'
  | 'UNKNOWN'
  | 'WITHIN_TWO_MONTHS';

export type QualifyLeadInput = {
  leadId: Scalars['ID']['input'];
  /** MQL or SQL. */
  milestone: Milestone;
};

export type Query = {
  __typename?: 'Query';
  /** The feed, newest first: the whole tenant's, or a lead's, a person's or a team's (FeedInput). */
  activityFeed: ActivityConnection;
  /** Of the customers (companies, by domain) with a win before the period, the share with another win in it. */
  customerRetention: RatioSeries;
  /** Of the leads created in the period, how many reached each stage of the funnel (entered it or one after it), and the share of the previous stage's. */
  funnel: Array<FunnelStep>;
  /** The tenant's goals, latest first; 20 a page at most (each goal's progress is measured when asked). */
  goals: GoalConnection;
  /** A lead by its id; for a lead merged into another, the lead it went into, whose id then differs from the one asked (keep that one instead). Null if not yours. */
  lead?: Maybe<Lead>;
  /** Of the leads created in the period, the share won so far. */
  leadToCustomerConversion: RatioSeries;
  /** Leads created in the period, in all and by source. */
  leadVolume: LeadVolume;
  me: Me;
  /** Any object by its global id; null if it is not yours to see. */
  node?: Maybe<Node>;
  /** Of the leads created in the period and open now, their expected values summed, each weighted by its stage's win probability. */
  pipelineValue: AmountSeries;
  /** Minutes from an assignment in the period to the first sales activity after it, and the share answered past the SLA. */
  responseTime: ResponseTimeSeries;
  /** Days from a lead's creation to its win, for the wins of the period. */
  salesCycleTime: SpreadSeries;
  /** The amounts won in the period, the count of wins, and their average: the average ticket. */
  salesVolume: AmountSeries;
  /** What each source's leads won in the period, beside its cost; most won first. */
  sourceReturn: Array<SourceReturn>;
  /** Of the leads that entered one stage in the period, the share that reached another since (entered it or a stage after it). */
  stageConversion: RatioSeries;
  /** Leads that first reached a stage (entered it or one after it) in the period. */
  stageReached: CountSeries;
  tenant: Tenant;
  /** Won / (won + lost) among the leads closed in the period; disqualified left out. */
  winRate: RatioSeries;
};


export type QueryActivityFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  feed?: InputMaybe<FeedInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerRetentionArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};


export type QueryFunnelArgs = {
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};


export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadToCustomerConversionArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};


export type QueryLeadVolumeArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPipelineValueArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};


export type QueryResponseTimeArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};


export type QuerySalesCycleTimeArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};


export type QuerySalesVolumeArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};


export type QuerySourceReturnArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};


export type QueryStageConversionArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  fromStageId: Scalars['ID']['input'];
  period: PeriodInput;
  toStageId: Scalars['ID']['input'];
};


export type QueryStageReachedArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
  stageId: Scalars['ID']['input'];
};


export type QueryWinRateArgs = {
  bucket?: KpiBucket;
  filters?: InputMaybe<KpiFiltersInput>;
  period: PeriodInput;
};

/** A share: ``numerator`` of ``denominator``. */
export type Ratio = {
  __typename?: 'Ratio';
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  /** From 0 to 1; null when nothing to divide. */
  rate?: Maybe<Scalars['Float']['output']>;
};

/** One bucket: its first and last day, clipped to the period. */
export type RatioPoint = {
  __typename?: 'RatioPoint';
  firstDay: Scalars['Date']['output'];
  lastDay: Scalars['Date']['output'];
  value: Ratio;
};

/** A KPI over the period, and bucket by bucket, empty ones included. */
export type RatioSeries = {
  __typename?: 'RatioSeries';
  points: Array<RatioPoint>;
  total: Ratio;
};

export type RecycleLeadInput = {
  leadId: Scalars['ID']['input'];
  /** A source of the RECYCLED kind to credit, if any. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The day it returns to its owner; after today. */
  until: Scalars['Date']['input'];
};

export type RedeliverWebhookInput = {
  webhookDeliveryId: Scalars['ID']['input'];
};

export type RegisterApiClientInput = {
  /** True for an app that keeps a secret on a server (client credentials and the code grant); false for a browser or mobile app (the code grant). */
  confidential: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  /** Up to 10: https, http on 127.0.0.1, [::1] or localhost, or an app's own scheme (com.example.app:/callback). A public client needs one. */
  redirectUris?: Array<Scalars['String']['input']>;
  /** Space-free OAuth scopes, such as leads:read (the README lists them). */
  scopes: Array<Scalars['String']['input']>;
};

export type RemoveCustomFieldInput = {
  fieldId: Scalars['ID']['input'];
};

export type RemoveCustomFieldPayload = {
  __typename?: 'RemoveCustomFieldPayload';
  errors: Array<LeadError>;
  removedFieldId?: Maybe<Scalars['ID']['output']>;
};

export type RemoveMemberInput = {
  membershipId: Scalars['ID']['input'];
};

export type RemoveMemberPayload = {
  __typename?: 'RemoveMemberPayload';
  errors: Array<TenantError>;
  removedMembershipId?: Maybe<Scalars['ID']['output']>;
};

export type RenameTeamInput = {
  name: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

export type ReopenLeadInput = {
  leadId: Scalars['ID']['input'];
  /** An open stage; the first if unset. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReorderFunnelStagesInput = {
  /** Every stage, in its new order. */
  stageIds: Array<Scalars['ID']['input']>;
};

export type ReorderFunnelStagesPayload = {
  __typename?: 'ReorderFunnelStagesPayload';
  errors: Array<LeadError>;
  stages?: Maybe<Array<FunnelStage>>;
};

export type ReorderRoutingRulesInput = {
  /** Every rule, once, the first to try first. */
  routingRuleIds: Array<Scalars['ID']['input']>;
};

export type ReorderRoutingRulesPayload = {
  __typename?: 'ReorderRoutingRulesPayload';
  errors: Array<RoutingError>;
  rules?: Maybe<Array<RoutingRule>>;
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  errors: Array<TenantError>;
};

export type ResetPasswordInput = {
  newPassword: Scalars['String']['input'];
  /** From the link in the password reset email. */
  token: Scalars['String']['input'];
};

export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  errors: Array<TenantError>;
  /** Every login of theirs has ended: log in with the new password. */
  user?: Maybe<User>;
};

/** Minutes from assignment to the first sales activity. */
export type ResponseTime = {
  __typename?: 'ResponseTime';
  count: Scalars['Int']['output'];
  mean?: Maybe<Scalars['Float']['output']>;
  median?: Maybe<Scalars['Float']['output']>;
  /** Of the assignments whose SLA is settled or due, those answered late or not. */
  overSla: Ratio;
};

/** One bucket: its first and last day, clipped to the period. */
export type ResponseTimePoint = {
  __typename?: 'ResponseTimePoint';
  firstDay: Scalars['Date']['output'];
  lastDay: Scalars['Date']['output'];
  value: ResponseTime;
};

/** A KPI over the period, and bucket by bucket, empty ones included. */
export type ResponseTimeSeries = {
  __typename?: 'ResponseTimeSeries';
  points: Array<ResponseTimePoint>;
  total: ResponseTime;
};

export type RevokeInvitationInput = {
  invitationId: Scalars['ID']['input'];
};

export type RevokeInvitationPayload = {
  __typename?: 'RevokeInvitationPayload';
  errors: Array<TenantError>;
  invitation?: Maybe<Invitation>;
};

/** What a member may do in a tenant. */
export type Role =
  | 'ADMIN'
  | 'MARKETING'
  | 'OWNER'
  | 'SALES_MANAGER'
  | 'SALES_REP';

export type RouteLeadInput = {
  /** Decide as routing would now, and change nothing. */
  dryRun?: Scalars['Boolean']['input'];
  leadId: Scalars['ID']['input'];
};

export type RouteLeadPayload = {
  __typename?: 'RouteLeadPayload';
  decision?: Maybe<RoutingDecision>;
  errors: Array<RoutingError>;
  /** Why the lead was not routed. */
  passed?: Maybe<RoutingPassReason>;
};

/** Routes leads with no owner, or any with reassign. */
export type RouteLeadsInput = {
  /** 1 to 1000. */
  leadIds: Array<Scalars['ID']['input']>;
  /** Route leads that have an owner too. */
  reassign?: Scalars['Boolean']['input'];
};

export type RouteLeadsPayload = {
  __typename?: 'RouteLeadsPayload';
  decisions?: Maybe<Array<RoutingDecision>>;
  errors: Array<RoutingError>;
  passedOver?: Maybe<Array<PassedLead>>;
};

export type RouteUnassignedLeadsInput = {
  /** Only the leads in this team's queue; every one if unset. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type RouteUnassignedLeadsPayload = {
  __typename?: 'RouteUnassignedLeadsPayload';
  errors: Array<RoutingError>;
  queued: Scalars['Boolean']['output'];
};

/** Who routing gave a lead to, and why. */
export type RoutingDecision = {
  __typename?: 'RoutingDecision';
  /** Each of the rule's conditions, and whether the lead met it. */
  conditions: Array<ConditionResult>;
  decidedAt: Scalars['DateTime']['output'];
  /** Null for a preview. */
  leadId?: Maybe<Scalars['ID']['output']>;
  match?: Maybe<ConditionMatch>;
  outcome: RoutingOutcome;
  /** Who got the lead; null when it was queued. */
  owner?: Maybe<User>;
  /** When the first sales activity is due, by the rule's SLA. */
  respondBy?: Maybe<Scalars['DateTime']['output']>;
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The rule that matched; null for the fallback or if deleted. */
  rule?: Maybe<RoutingRule>;
  /** The rule that matched, as it was named then; null for the fallback. */
  ruleName?: Maybe<Scalars['String']['output']>;
  /** How many rules before it did not match. */
  rulesPassed: Scalars['Int']['output'];
  steps: Array<RoutingStep>;
  /** The team it went through, or whose queue holds it. */
  team?: Maybe<Team>;
  /** Null for a dry run or a preview. */
  trigger?: Maybe<RoutingTrigger>;
};

export type RoutingError = UserError & {
  __typename?: 'RoutingError';
  code: RoutingErrorCode;
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type RoutingErrorCode =
  | 'INVALID'
  | 'NAME_TAKEN'
  | 'NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'ORDER_MISMATCH';

/** Where a lead no rule matches goes. */
export type RoutingFallback = {
  __typename?: 'RoutingFallback';
  strategy: RoutingStrategy;
  target: RoutingTarget;
};

export type RoutingFallbackPayload = {
  __typename?: 'RoutingFallbackPayload';
  errors: Array<RoutingError>;
  fallback?: Maybe<RoutingFallback>;
};

export type RoutingOutcome =
  | 'ASSIGNED'
  | 'QUEUED';

export type RoutingPassReason =
  | 'CLOSED'
  | 'OWNED';

export type RoutingPreview = {
  __typename?: 'RoutingPreview';
  decision?: Maybe<RoutingDecision>;
  errors: Array<RoutingError>;
};

export type RoutingRule = Node & {
  __typename?: 'RoutingRule';
  /** None match every lead. */
  conditions: Array<LeadCondition>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  match: ConditionMatch;
  name: Scalars['String']['output'];
  /** Where the lead goes when nobody at the target can take it. */
  overflow: RoutingTarget;
  /** 1 is tried first. */
  position: Scalars['Int']['output'];
  slaAction: SlaAction;
  /** Minutes until the first sales activity is due; null for no SLA. */
  slaMinutes?: Maybe<Scalars['Int']['output']>;
  /** First the owner of the company's other leads (by domain), if they are on the team and can take it. */
  sticky: Scalars['Boolean']['output'];
  strategy: RoutingStrategy;
  target: RoutingTarget;
  withinWorkingHours: Scalars['Boolean']['output'];
};

/** The fields to change: a field left out stays as it is. */
export type RoutingRuleChangesInput = {
  /** At most 20; none match every lead. Can't be cleared. */
  conditions?: InputMaybe<Array<LeadConditionInput>>;
  /** Can't be cleared. */
  match?: InputMaybe<ConditionMatch>;
  /** Can't be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Null sends it to the unassigned queue. Null clears it. */
  overflow?: InputMaybe<RoutingTargetInput>;
  /** Can't be cleared. */
  slaAction?: InputMaybe<SlaAction>;
  /** Minutes until the first sales activity is due, 1 to 43,200 (30 days). Null clears it. */
  slaMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Can't be cleared. */
  sticky?: InputMaybe<Scalars['Boolean']['input']>;
  /** Can't be cleared. */
  strategy?: InputMaybe<RoutingStrategy>;
  /** Can't be cleared. */
  target?: InputMaybe<RoutingTargetInput>;
  /** Can't be cleared. */
  withinWorkingHours?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RoutingRuleInput = {
  /** At most 20; none match every lead. */
  conditions?: Array<LeadConditionInput>;
  match?: ConditionMatch;
  name: Scalars['String']['input'];
  /** The unassigned queue if left out. */
  overflow?: InputMaybe<RoutingTargetInput>;
  slaAction?: SlaAction;
  /** Minutes until the first sales activity is due, 1 to 43,200 (30 days). */
  slaMinutes?: InputMaybe<Scalars['Int']['input']>;
  sticky?: Scalars['Boolean']['input'];
  strategy?: RoutingStrategy;
  target: RoutingTargetInput;
  withinWorkingHours?: Scalars['Boolean']['input'];
};

export type RoutingRulePayload = {
  __typename?: 'RoutingRulePayload';
  errors: Array<RoutingError>;
  rule?: Maybe<RoutingRule>;
};

/** One target tried: the team's managers, the rule's, its overflow. */
export type RoutingStep = {
  __typename?: 'RoutingStep';
  /** How many members could take the lead. */
  available: Scalars['Int']['output'];
  /** Who took the lead; null if nobody could. */
  chosen?: Maybe<User>;
  /** To the team's managers: nobody answered the lead in time. */
  escalated: Scalars['Boolean']['output'];
  /** The target's team or member is gone. */
  gone: Scalars['Boolean']['output'];
  skipped: Array<SkippedMember>;
  /** For a sticky rule: who owns the company's other leads. */
  stickyOwner?: Maybe<User>;
  strategy?: Maybe<RoutingStrategy>;
  target: RoutingTarget;
};

export type RoutingStrategy =
  | 'LEAST_LOADED'
  | 'ROUND_ROBIN'
  | 'WEIGHTED_ROUND_ROBIN';

/** Where routing sends a lead. */
export type RoutingTarget = {
  __typename?: 'RoutingTarget';
  kind: RoutingTargetKind;
  /** For TEAM, and a team's QUEUE; null once the team is gone. */
  team?: Maybe<Team>;
  /** For USER; null once they left the tenant. */
  user?: Maybe<User>;
};

/** TEAM names a team (its member chosen by the strategy); USER a member; QUEUE a team's queue, or with no team the tenant's unassigned queue. */
export type RoutingTargetInput = {
  kind: RoutingTargetKind;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type RoutingTargetKind =
  | 'QUEUE'
  | 'TEAM'
  | 'USER';

export type RoutingTrigger =
  | 'BULK'
  | 'CREATED'
  | 'ON_DEMAND'
  | 'SLA'
  | 'STAGE';

export type SaveImportTemplateInput = {
  /** Its columns' targets are kept. */
  importId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type SaveLeadPayload = {
  __typename?: 'SaveLeadPayload';
  /** Leads that look like the saved one: candidates for mergeLeads. */
  duplicates: Array<DuplicateCandidate>;
  errors: Array<LeadError>;
  lead?: Maybe<Lead>;
};

export type SaveLeadViewInput = {
  descending?: Scalars['Boolean']['input'];
  /** The leads list's filter; every lead if left out. */
  filter?: InputMaybe<LeadFilterInput>;
  /** Naming one of your views saves over it. */
  name: Scalars['String']['input'];
  orderBy?: LeadOrder;
  /** With the whole company; else yours alone. */
  shared?: Scalars['Boolean']['input'];
};

export type ScoreContribution = {
  __typename?: 'ScoreContribution';
  /** Whole points: a lead's add up to its score. */
  points: Scalars['Int']['output'];
  /** The rule's name when the score was computed. */
  rule: Scalars['String']['output'];
  /** The ScoringRule's id. */
  ruleId: Scalars['ID']['output'];
};

export type ScoringField =
  | 'COMPANY'
  | 'COMPANY_SIZE'
  | 'COUNTRY'
  | 'CUSTOM'
  | 'DOMAIN'
  | 'EXPECTED_VALUE'
  | 'INDUSTRY'
  | 'PURCHASE_TIMEFRAME'
  | 'REGION'
  | 'SOURCE_KIND'
  | 'TEMPERATURE'
  | 'TITLE';

export type ScoringRule = Node & {
  __typename?: 'ScoringRule';
  engagement?: Maybe<Engagement>;
  fit?: Maybe<FitCondition>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  kind: ScoringRuleKind;
  name: Scalars['String']['output'];
  points: Scalars['Int']['output'];
};

/** The fields to change: a field left out stays as it is. A fit or an engagement replaces the rule's condition, whichever it was. */
export type ScoringRuleChangesInput = {
  /** Can't be cleared. */
  engagement?: InputMaybe<EngagementInput>;
  /** Can't be cleared. */
  fit?: InputMaybe<FitConditionInput>;
  /** Can't be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** From -1000 to 1000. Can't be cleared. */
  points?: InputMaybe<Scalars['Int']['input']>;
};

/** A connection to a list of items. */
export type ScoringRuleConnection = {
  __typename?: 'ScoringRuleConnection';
  /** Contains the nodes in this connection */
  edges: Array<ScoringRuleEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type ScoringRuleEdge = {
  __typename?: 'ScoringRuleEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ScoringRule;
};

/** A name, points, and exactly one of fit or engagement. */
export type ScoringRuleInput = {
  engagement?: InputMaybe<EngagementInput>;
  fit?: InputMaybe<FitConditionInput>;
  name: Scalars['String']['input'];
  /** From -1000 to 1000. */
  points: Scalars['Int']['input'];
};

export type ScoringRuleKind =
  | 'ENGAGEMENT'
  | 'FIT';

export type ScoringRulePayload = {
  __typename?: 'ScoringRulePayload';
  errors: Array<LeadError>;
  rule?: Maybe<ScoringRule>;
};

export type SetMqlScoreThresholdInput = {
  /** None stops moving suspects to MQL. */
  threshold?: InputMaybe<Scalars['Int']['input']>;
};

export type SetRoutingFallbackInput = {
  strategy?: RoutingStrategy;
  target: RoutingTargetInput;
};

export type Shift = {
  __typename?: 'Shift';
  /** Local time in the member's time zone, HH:MM; 24:00 ends the day. */
  ends: Scalars['String']['output'];
  /** Local time in the member's time zone, HH:MM. */
  starts: Scalars['String']['output'];
  weekday: Weekday;
};

export type ShiftInput = {
  /** Local time in the member's time zone, HH:MM; 24:00 ends the day, none crosses it. */
  ends: Scalars['String']['input'];
  /** Local time in the member's time zone, HH:MM. */
  starts: Scalars['String']['input'];
  weekday: Weekday;
};

export type SignUpInput = {
  companyName: Scalars['String']['input'];
  /** ISO 4217 code of the currency amounts are in, such as NOK. Left out: the region's, else NOK. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 country where phone numbers without a country code are read, such as NO. */
  defaultRegion?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  ownerName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** IANA time zone the tenant's days (KPIs) are counted in, such as Europe/Oslo. Left out: the region's, if it has one, else Europe/Oslo. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type SignUpPayload = {
  __typename?: 'SignUpPayload';
  errors: Array<TenantError>;
  tenant?: Maybe<Tenant>;
  /** Send as a Bearer token. */
  token?: Maybe<Scalars['String']['output']>;
  tokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  user?: Maybe<User>;
};

export type SkipReason =
  | 'AWAY'
  | 'FULL'
  | 'INACTIVE'
  | 'NO_RESPONSE'
  | 'OFF_HOURS';

export type SkippedMember = {
  __typename?: 'SkippedMember';
  reason: SkipReason;
  /** Null once they left the tenant. */
  user?: Maybe<User>;
};

export type SlaAction =
  | 'ESCALATE'
  | 'NEXT_MEMBER';

export type Source = Node & {
  __typename?: 'Source';
  campaign?: Maybe<Scalars['String']['output']>;
  /** What the source cost, if known. */
  cost?: Maybe<Scalars['Decimal']['output']>;
  eventDate?: Maybe<Scalars['Date']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  kind: SourceKind;
  name: Scalars['String']['output'];
};

/** The fields to change: a field left out stays as it is. */
export type SourceChangesInput = {
  /** Null clears it. */
  campaign?: InputMaybe<Scalars['String']['input']>;
  /** Null clears it. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Null clears it. */
  eventDate?: InputMaybe<Scalars['Date']['input']>;
  /** Can't be cleared. */
  kind?: InputMaybe<SourceKind>;
  /** Can't be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A connection to a list of items. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** Contains the nodes in this connection */
  edges: Array<SourceEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Source;
};

export type SourceInput = {
  campaign?: InputMaybe<Scalars['String']['input']>;
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  eventDate?: InputMaybe<Scalars['Date']['input']>;
  kind: SourceKind;
  name: Scalars['String']['input'];
};

export type SourceKind =
  | 'ADVERTISING'
  | 'EMAIL_CAMPAIGN'
  | 'INBOUND_CONTENT'
  | 'LIVE_CHAT'
  | 'LOCAL_ADVERTISING'
  | 'NETWORKING'
  | 'PEER_MEETING'
  | 'PURCHASED_LIST'
  | 'RECYCLED'
  | 'REFERRAL'
  | 'SEMINAR'
  | 'SOCIAL_MEDIA'
  | 'SPONSORED_EVENT'
  | 'TRADE_FAIR'
  | 'WEBINAR'
  | 'WEB_FORM';

export type SourcePayload = {
  __typename?: 'SourcePayload';
  errors: Array<LeadError>;
  source?: Maybe<Source>;
};

export type SourceReturn = {
  __typename?: 'SourceReturn';
  /** What the source cost, if it says. */
  cost?: Maybe<Scalars['Decimal']['output']>;
  /** Null for leads of no source. */
  source?: Maybe<Source>;
  won: AmountSeries;
  /** Won amount / cost, if it has one. */
  wonPerCost?: Maybe<Scalars['Float']['output']>;
};

export type SourceSeries = {
  __typename?: 'SourceSeries';
  series: CountSeries;
  /** Null for leads of no source. */
  source?: Maybe<Source>;
};

/** The median and mean of a count of durations. */
export type Spread = {
  __typename?: 'Spread';
  count: Scalars['Int']['output'];
  mean?: Maybe<Scalars['Float']['output']>;
  median?: Maybe<Scalars['Float']['output']>;
};

/** One bucket: its first and last day, clipped to the period. */
export type SpreadPoint = {
  __typename?: 'SpreadPoint';
  firstDay: Scalars['Date']['output'];
  lastDay: Scalars['Date']['output'];
  value: Spread;
};

/** A KPI over the period, and bucket by bucket, empty ones included. */
export type SpreadSeries = {
  __typename?: 'SpreadSeries';
  points: Array<SpreadPoint>;
  total: Spread;
};

export type StageChange = {
  __typename?: 'StageChange';
  changedAt: Scalars['DateTime']['output'];
  /** None when the lead was created in the stage. */
  fromStage?: Maybe<FunnelStage>;
  toStage: FunnelStage;
};

/** The lead moved from one stage of the funnel to another. */
export type StageChangedDetails = {
  __typename?: 'StageChangedDetails';
  /** The stage it left, if it still exists. */
  fromStage?: Maybe<FunnelStage>;
  /** As the stage was named then. */
  fromStageName: Scalars['String']['output'];
  /** Why it was lost or disqualified. */
  reason?: Maybe<Scalars['String']['output']>;
  /** A lost lead brought back for nurture. */
  recycled: Scalars['Boolean']['output'];
  /** The score that moved it, when the tenant's MQL threshold did. */
  score?: Maybe<Scalars['Int']['output']>;
  /** The MQL threshold it reached. */
  threshold?: Maybe<Scalars['Int']['output']>;
  /** The stage it entered, if it still exists. */
  toStage?: Maybe<FunnelStage>;
  /** As the stage was named then. */
  toStageName: Scalars['String']['output'];
  /** When the move won the lead. */
  wonAmount?: Maybe<Scalars['Decimal']['output']>;
};

export type StageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

export type Subscription = {
  __typename?: 'Subscription';
  /** Activities as they are recorded, in the order their transactions commit, of the feed asked for and as the viewer may see them; 'after' an event's cursor, first every activity since it (a connection lost resumes without a gap). Over a WebSocket at /graphql (graphql-transport-ws), logged in by connection_init's payload: {"Authorization": "Bearer <token>", "X-Tenant-ID": "<tenant id>"}. */
  activityFeed: FeedEvent;
  /** The import's progress now, then each time its counts or status change, until it has finished, been cancelled or failed. Over a WebSocket at /graphql (graphql-transport-ws), logged in by connection_init's payload: {"Authorization": "Bearer <token>", "X-Tenant-ID": "<tenant id>"}. */
  leadImportProgress: LeadImportUpdate;
};


export type SubscriptionActivityFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  feed?: InputMaybe<FeedInput>;
};


export type SubscriptionLeadImportProgressArgs = {
  id: Scalars['ID']['input'];
};

/** The system did it: a job, or a rule of the tenant. */
export type SystemActor = {
  __typename?: 'SystemActor';
  /** What it was doing, such as decay_scores, return_due_leads or mql_score_threshold; null on activities recorded before it was kept. */
  job?: Maybe<Scalars['String']['output']>;
  /** The person whose action set it going, if one did. */
  onBehalfOf?: Maybe<User>;
};

export type TagLeadsInput = {
  /** 1 to 1000 leads. */
  leadIds: Array<Scalars['ID']['input']>;
  tag: Scalars['String']['input'];
};

export type Team = Node & {
  __typename?: 'Team';
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  kind: TeamKind;
  /** By name. */
  members: Array<User>;
  name: Scalars['String']['output'];
  /** The members with their part in routing, by name. */
  roster: Array<TeamMember>;
};

/** A connection to a list of items. */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  /** Contains the nodes in this connection */
  edges: Array<TeamEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Team;
};

export type TeamError = UserError & {
  __typename?: 'TeamError';
  code: TeamErrorCode;
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type TeamErrorCode =
  | 'INVALID'
  | 'NAME_TAKEN'
  | 'NOT_FOUND'
  | 'TEAM_OWNS_LEADS';

/** Sales teams take the leads routing hands out; marketing teams nurture them. */
export type TeamKind =
  | 'MARKETING'
  | 'SALES';

export type TeamMember = {
  __typename?: 'TeamMember';
  /** Routing hands leads to active members only. */
  active: Scalars['Boolean']['output'];
  /** The most open leads the member takes at once; null for no limit. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** The team's escalations go to its managers. */
  manages: Scalars['Boolean']['output'];
  user: User;
  /** The member's share in weighted round robin, 1 to 100. */
  weight: Scalars['Int']['output'];
};

export type TeamMemberInput = {
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type TeamPayload = {
  __typename?: 'TeamPayload';
  errors: Array<TeamError>;
  team?: Maybe<Team>;
};

export type Temperature =
  | 'COLD'
  | 'HOT'
  | 'WARM';

export type Tenant = Node & {
  __typename?: 'Tenant';
  /** Oldest first, revoked ones too. */
  apiClients: ApiClientConnection;
  /** Newest first: who changed what. */
  auditEvents: AuditEventConnection;
  /** When a member can take leads: the viewer's if no userId; null for someone who is not a member. */
  availability?: Maybe<Availability>;
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 code of the currency amounts are in. */
  currency: Scalars['String']['output'];
  customFields: CustomFieldConnection;
  /** ISO 3166-1 country where phone numbers without a country code are read. */
  defaultRegion?: Maybe<Scalars['String']['output']>;
  /** The leads deleted or merged at or after 'since', in the order those deletions committed; kept LEAD_TOMBSTONE_RETENTION_DAYS (90 by default). */
  deletedLeads: DeletedLeadConnection;
  funnelStages: FunnelStageConnection;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** By name. */
  importTemplates: ImportTemplateConnection;
  invitations: InvitationConnection;
  /** Every export, the newest first, with who asked for it. */
  leadExports: LeadExportConnection;
  /** Every import, the newest first, with who started it and how it went. */
  leadImports: LeadImportConnection;
  /** Your saved views of the leads list and those shared with the company, by name. Not paged: each person keeps 50 at most, and the company shares 200 at most. */
  leadViews: Array<LeadView>;
  leads: LeadConnection;
  members: MembershipConnection;
  /** Suspects scoring at least this become MQLs; null if off. */
  mqlScoreThreshold?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** Whether sales reps see every lead, not only those they own. */
  repsSeeAllLeads: Scalars['Boolean']['output'];
  routingFallback: RoutingFallback;
  /** Who would get a lead with these fields now, and why: nothing is created or assigned. */
  routingPreview: RoutingPreview;
  /** The tenant's routing rules, in the order they are tried. */
  routingRules: Array<RoutingRule>;
  /** By name. */
  scoringRules: ScoringRuleConnection;
  sources: SourceConnection;
  /** By name. */
  teams: TeamConnection;
  /** IANA time zone the tenant's days (KPIs) are counted in. */
  timeZone: Scalars['String']['output'];
  /** Oldest first; a partner's app sees the ones it made. */
  webhookEndpoints: WebhookEndpointConnection;
};


export type TenantApiClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantAvailabilityArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type TenantCustomFieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantDeletedLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTime']['input'];
};


export type TenantFunnelStagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantImportTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantLeadExportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantLeadImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  descending?: Scalars['Boolean']['input'];
  filter?: InputMaybe<LeadFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: LeadOrder;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


export type TenantMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantRoutingPreviewArgs = {
  input: CreateLeadInput;
  score?: Scalars['Int']['input'];
};


export type TenantScoringRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TenantWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TenantError = UserError & {
  __typename?: 'TenantError';
  code: TenantErrorCode;
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type TenantErrorCode =
  | 'ALREADY_MEMBER'
  | 'EMAIL_INVALID'
  | 'EMAIL_TAKEN'
  | 'INVALID'
  | 'INVALID_CREDENTIALS'
  | 'INVITATION_EMAIL_MISMATCH'
  | 'INVITATION_INVALID'
  | 'LAST_OWNER'
  | 'NOT_FOUND'
  | 'PASSWORD_RESET_INVALID'
  | 'PASSWORD_TOO_WEAK'
  | 'RATE_LIMITED'
  | 'ROLE_NOT_ALLOWED';

export type UnparkLeadInput = {
  leadId: Scalars['ID']['input'];
};

/** Only the fields sent change. */
export type UpdateAvailabilityInput = {
  /** Out of office from then. Null clears it. */
  awayFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Out of office until then. Null clears it. */
  awayUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** An IANA time zone, such as Europe/Oslo; null for the tenant's. Null clears it. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Whose availability; the viewer's if left out. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** The shifts of a week; null for any hour. Null clears it. */
  workingHours?: InputMaybe<Array<ShiftInput>>;
};

/** The fields to change: a field left out stays as it is. */
export type UpdateFunnelStageInput = {
  /** Can't be cleared. */
  kind?: InputMaybe<StageKind>;
  /** Can't be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Whether a lead reaching it is routed; a lead a person gave to someone stays theirs. Can't be cleared. */
  routesLeads?: InputMaybe<Scalars['Boolean']['input']>;
  stageId: Scalars['ID']['input'];
  /** From 0 to 1. Can't be cleared. */
  winProbability?: InputMaybe<Scalars['Float']['input']>;
};

/** Only the fields sent change. */
export type UpdateGoalInput = {
  /** Can't be cleared. */
  firstDay?: InputMaybe<Scalars['Date']['input']>;
  /** Null clears it. */
  fromStageId?: InputMaybe<Scalars['ID']['input']>;
  goalId: Scalars['ID']['input'];
  /** A custom period's. Null clears it. */
  lastDay?: InputMaybe<Scalars['Date']['input']>;
  /** Can't be cleared. */
  metric?: InputMaybe<GoalMetric>;
  /** Can't be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Can't be cleared. */
  period?: InputMaybe<GoalPeriod>;
  /** Null clears it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Null clears it. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** Can't be cleared. */
  target?: InputMaybe<Scalars['Decimal']['input']>;
  /** Can't be cleared. */
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type UpdateLeadInput = {
  lead: LeadChangesInput;
  leadId: Scalars['ID']['input'];
};

/** Your account's details to change: one left out stays as it is. */
export type UpdateProfileInput = {
  /** The language the web app shows you; null: your browser's. Null clears it. */
  language?: InputMaybe<Language>;
  /** Your name, as your teams see it. Can't be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProfilePayload = {
  __typename?: 'UpdateProfilePayload';
  errors: Array<TenantError>;
  me?: Maybe<Me>;
};

export type UpdateRoutingRuleInput = {
  routingRuleId: Scalars['ID']['input'];
  rule: RoutingRuleChangesInput;
};

export type UpdateScoringRuleInput = {
  rule: ScoringRuleChangesInput;
  ruleId: Scalars['ID']['input'];
};

export type UpdateSourceInput = {
  source: SourceChangesInput;
  sourceId: Scalars['ID']['input'];
};

/** Only the fields sent change. */
export type UpdateTeamInput = {
  /** Can't be cleared. */
  kind?: InputMaybe<TeamKind>;
  /** Can't be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
};

/** Only the fields sent change. */
export type UpdateTeamMemberInput = {
  /** Whether routing hands them leads. Can't be cleared. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The most open leads at once, 0 to 100,000; null for no limit. Null clears it. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Whether escalations go to them: owners, admins and sales managers only. Can't be cleared. */
  manages?: InputMaybe<Scalars['Boolean']['input']>;
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  /** A share in weighted round robin, 1 to 100. Can't be cleared. */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** The settings to change: a setting left out stays as it is. */
export type UpdateTenantSettingsInput = {
  /** ISO 4217 code of the currency amounts are in, such as NOK. Can't be cleared. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 country where phone numbers without a country code are read, such as NO. Without one, numbers need their country code. Null clears it. */
  defaultRegion?: InputMaybe<Scalars['String']['input']>;
  /** The tenant's name. Can't be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Whether sales reps see every lead, not only their own. Can't be cleared. */
  repsSeeAllLeads?: InputMaybe<Scalars['Boolean']['input']>;
  /** IANA time zone the tenant's days (KPIs) are counted in, such as Europe/Oslo. Can't be cleared. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTenantSettingsPayload = {
  __typename?: 'UpdateTenantSettingsPayload';
  errors: Array<TenantError>;
  tenant?: Maybe<Tenant>;
};

/** Only the fields sent change. */
export type UpdateWebhookEndpointInput = {
  /** Can't be cleared. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** True sends it the events committed from now on (none it missed); false stops it, and fails what was still due to it. Can't be cleared. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Can't be cleared. */
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  /** Can't be cleared. */
  url?: InputMaybe<Scalars['String']['input']>;
  webhookEndpointId: Scalars['ID']['input'];
};

/** Fields of the lead were changed. */
export type UpdatedDetails = {
  __typename?: 'UpdatedDetails';
  /** The fields that changed, named as in the API (ownerId, companySize, tags). */
  changedFields: Array<Scalars['String']['output']>;
};

export type UploadLeadListInput = {
  /** A CSV's delimiter: , ; | or a tab; guessed if left out. */
  delimiter?: InputMaybe<Scalars['String']['input']>;
  /** A CSV's encoding (utf-8, windows-1252...); guessed if left out. */
  encoding?: InputMaybe<Scalars['String']['input']>;
  /** A CSV or XLSX file, its first row naming the columns. */
  file: Scalars['Upload']['input'];
};

/** A lead as the partner's system has it. */
export type UpsertLeadInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  companySize?: InputMaybe<CompanySize>;
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Values by field key, set on the lead; others stay. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  expectedValue?: InputMaybe<Scalars['Decimal']['input']>;
  /** Its id in the system the call names: EXTERNAL_ID matches by it. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** A member's user id. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Added to the lead's own. */
  tags?: Array<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpsertLeadsInput = {
  /** 1 to 1000. */
  leads: Array<UpsertLeadInput>;
  matchOn: UpsertMatch;
  /** The partner's system whose ids the leads' externalId are, such as hubspot; needed to match by EXTERNAL_ID. */
  system?: InputMaybe<Scalars['String']['input']>;
};

export type UpsertLeadsPayload = {
  __typename?: 'UpsertLeadsPayload';
  /** Each naming its lead by place: leads.3.email. */
  errors: Array<LeadError>;
  /** In the order given. */
  leads: Array<UpsertedLead>;
};

/** What makes a lead one the tenant has. */
export type UpsertMatch =
  | 'EMAIL'
  | 'EXTERNAL_ID';

export type UpsertedLead = {
  __typename?: 'UpsertedLead';
  /** False: it matched a lead, now changed. */
  created: Scalars['Boolean']['output'];
  lead: Lead;
};

export type User = Node & {
  __typename?: 'User';
  email: Scalars['String']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Why a mutation was refused; nothing was written. */
export type UserError = {
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** One event sent to one endpoint. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** A WebhookEventType's value (lead.created), or webhook.test for a test. */
  eventType: Scalars['String']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why its last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status its last attempt was answered with; null if none came. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** Its webhook-id header: the same on every attempt, for the receiver to ignore a message it has had. */
  messageId: Scalars['String']['output'];
  /** When it is tried again, while it is PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The message's body, as sent. */
  payload: Scalars['JSON']['output'];
  status: WebhookDeliveryStatus;
};

/** A connection to a list of items. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** Contains the nodes in this connection */
  edges: Array<WebhookDeliveryEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: WebhookDelivery;
};

export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  errors: Array<WebhookError>;
  webhookDelivery?: Maybe<WebhookDelivery>;
};

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** An address the tenant's events are sent to, signed. */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  /** Who made it; null if a partner's app did, or they left. */
  createdBy?: Maybe<User>;
  /** Its delivery log, newest first. */
  deliveries: WebhookDeliveryConnection;
  description: Scalars['String']['output'];
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was disabled: by hand, or a day of failed deliveries. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  eventTypes: Array<WebhookEventType>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  secretRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  url: Scalars['String']['output'];
};


/** An address the tenant's events are sent to, signed. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A connection to a list of items. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** Contains the nodes in this connection */
  edges: Array<WebhookEndpointEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
};

/** An edge in a connection. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: WebhookEndpoint;
};

export type WebhookEndpointInput = {
  webhookEndpointId: Scalars['ID']['input'];
};

export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  errors: Array<WebhookError>;
  /** Its new signing secret (whsec_...), to verify each message's webhook-signature: shown this once. Store it now. */
  signingSecret?: Maybe<Scalars['String']['output']>;
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

export type WebhookError = UserError & {
  __typename?: 'WebhookError';
  code: WebhookErrorCode;
  /** The input field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type WebhookErrorCode =
  | 'INVALID'
  | 'NOT_FOUND'
  | 'TOO_MANY';

export type WebhookEventType =
  | 'ACTIVITY_LOGGED'
  | 'GOAL_BEHIND'
  | 'GOAL_REACHED'
  | 'IMPORT_FINISHED'
  | 'LEAD_ASSIGNED'
  | 'LEAD_CREATED'
  | 'LEAD_DELETED'
  | 'LEAD_MERGED'
  | 'LEAD_STAGE_CHANGED'
  | 'LEAD_UPDATED';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WinLeadInput = {
  amount: Scalars['Decimal']['input'];
  leadId: Scalars['ID']['input'];
};

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AcceptInvitationPayload', token?: string | null, membership?: { __typename?: 'Membership', tenant: { __typename?: 'Tenant', id: string } } | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename?: 'RequestPasswordResetPayload', errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { __typename?: 'Mutation', logIn: { __typename?: 'LogInPayload', token?: string | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'ResetPasswordPayload', user?: { __typename?: 'User', id: string } | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'SignUpPayload', token?: string | null, tenant?: { __typename?: 'Tenant', id: string } | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { __typename?: 'Mutation', logOut: { __typename?: 'LogOutPayload', endedSessions: number } };

export type CompanyTeamsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompanyTeamsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', teams: { __typename?: 'TeamConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TeamEdge', node: { __typename?: 'Team', id: string, name: string } }> } } };

export type CompanyMembersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompanyMembersQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', members: { __typename?: 'MembershipConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MembershipEdge', node: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string } } }> } } };

export type CompanySourcesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompanySourcesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', sources: { __typename?: 'SourceConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SourceEdge', node: { __typename?: 'Source', id: string, name: string, cost?: string | null } }> } } };

export type CompanyStagesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompanyStagesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', funnelStages: { __typename?: 'FunnelStageConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FunnelStageEdge', node: { __typename?: 'FunnelStage', id: string, name: string, kind: StageKind } }> } } };

export type LiveActivitySubscriptionVariables = Exact<{
  feed?: InputMaybe<FeedInput>;
}>;


export type LiveActivitySubscription = { __typename?: 'Subscription', activityFeed: { __typename?: 'FeedEvent', cursor: string, activity: { __typename?: 'Activity', id: string, kind: ActivityKind, actor: { __typename?: 'MemberActor', member?: { __typename?: 'User', id: string } | null } | { __typename?: 'PartnerClientActor' } | { __typename?: 'SystemActor' } } } };

export type BoardStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardStagesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', id: string, currency: string, repsSeeAllLeads: boolean, funnelStages: { __typename?: 'FunnelStageConnection', edges: Array<{ __typename?: 'FunnelStageEdge', node: { __typename?: 'FunnelStage', id: string, name: string, kind: StageKind, milestone?: Milestone | null, winProbability: number } }> } } };

export type BoardLeadsQueryVariables = Exact<{
  filter: LeadFilterInput;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BoardLeadsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', leads: { __typename?: 'LeadConnection', totalCount: number, totalCountIsCapped: boolean, expectedValueTotal: string, expectedValueTotalIsCapped: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LeadEdge', node: { __typename?: 'Lead', id: string, name: string, company?: string | null, expectedValue?: string | null, score: number, owner?: { __typename?: 'User', id: string, name: string } | null } }> } } };

export type BoardMoveLeadMutationVariables = Exact<{
  input: MoveLeadInput;
}>;


export type BoardMoveLeadMutation = { __typename?: 'Mutation', moveLead: { __typename?: 'LeadPayload', lead?: { __typename?: 'Lead', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type BoardReopenLeadMutationVariables = Exact<{
  input: ReopenLeadInput;
}>;


export type BoardReopenLeadMutation = { __typename?: 'Mutation', reopenLead: { __typename?: 'LeadPayload', lead?: { __typename?: 'Lead', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type BoardWinLeadMutationVariables = Exact<{
  input: WinLeadInput;
}>;


export type BoardWinLeadMutation = { __typename?: 'Mutation', winLead: { __typename?: 'LeadPayload', lead?: { __typename?: 'Lead', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type BoardLoseLeadMutationVariables = Exact<{
  input: CloseLeadInput;
}>;


export type BoardLoseLeadMutation = { __typename?: 'Mutation', loseLead: { __typename?: 'LeadPayload', lead?: { __typename?: 'Lead', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type BoardDisqualifyLeadMutationVariables = Exact<{
  input: CloseLeadInput;
}>;


export type BoardDisqualifyLeadMutation = { __typename?: 'Mutation', disqualifyLead: { __typename?: 'LeadPayload', lead?: { __typename?: 'Lead', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type DashboardActivityFragment = { __typename?: 'Activity', id: string, kind: ActivityKind, occurredAt: string, lead?: { __typename?: 'Lead', id: string, name: string } | null, actor: { __typename: 'MemberActor', member?: { __typename?: 'User', id: string, name: string } | null } | { __typename: 'PartnerClientActor' } | { __typename: 'SystemActor', onBehalfOf?: { __typename?: 'User', id: string, name: string } | null }, details?: { __typename: 'AssignedDetails', owner?: { __typename?: 'User', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null } | { __typename: 'CallDetails' } | { __typename: 'CreatedDetails', stageName: string } | { __typename: 'EmailDetails' } | { __typename: 'ImportedDetails', fileName: string, created: number, updated: number } | { __typename: 'MeetingDetails' } | { __typename: 'MergedDetails', mergedLeadName: string } | { __typename: 'NoteDetails' } | { __typename: 'NurtureEndedDetails' } | { __typename: 'ParkedDetails', until: string } | { __typename: 'StageChangedDetails', fromStageName: string, toStageName: string, wonAmount?: string | null } | { __typename: 'UpdatedDetails' } | null } & { ' $fragmentName'?: 'DashboardActivityFragment' };

export type DashboardFeedQueryVariables = Exact<{
  feed?: InputMaybe<FeedInput>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardFeedQuery = { __typename?: 'Query', activityFeed: { __typename?: 'ActivityConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ActivityEdge', node: (
        { __typename?: 'Activity', id: string }
        & { ' $fragmentRefs'?: { 'DashboardActivityFragment': DashboardActivityFragment } }
      ) }> } };

export type DashboardLiveFeedSubscriptionVariables = Exact<{
  feed?: InputMaybe<FeedInput>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardLiveFeedSubscription = { __typename?: 'Subscription', activityFeed: { __typename?: 'FeedEvent', cursor: string, activity: (
      { __typename?: 'Activity', id: string }
      & { ' $fragmentRefs'?: { 'DashboardActivityFragment': DashboardActivityFragment } }
    ) } };

export type DashboardGoalsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardGoalsQuery = { __typename?: 'Query', goals: { __typename?: 'GoalConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'GoalEdge', node: { __typename?: 'Goal', id: string, name: string, metric: GoalMetric, target: string, period: GoalPeriod, firstDay: string, lastDay: string, stage?: { __typename?: 'FunnelStage', id: string } | null, fromStage?: { __typename?: 'FunnelStage', id: string } | null, source?: { __typename?: 'Source', id: string } | null, owners: Array<{ __typename?: 'Team', id: string, name: string }>, progress: { __typename?: 'GoalProgress', value?: string | null, expectedByNow: string, forecast?: string | null, status: GoalStatus } } }> } };

export type CreateGoalMutationVariables = Exact<{
  input: GoalInput;
}>;


export type CreateGoalMutation = { __typename?: 'Mutation', createGoal: { __typename?: 'GoalPayload', goal?: { __typename?: 'Goal', id: string, name: string } | null, errors: Array<{ __typename?: 'GoalError', field?: string | null, code: AnalyticsErrorCode, message: string }> } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { __typename?: 'Mutation', updateGoal: { __typename?: 'GoalPayload', goal?: { __typename?: 'Goal', id: string, name: string } | null, errors: Array<{ __typename?: 'GoalError', field?: string | null, code: AnalyticsErrorCode, message: string }> } };

export type DeleteGoalMutationVariables = Exact<{
  input: DeleteGoalInput;
}>;


export type DeleteGoalMutation = { __typename?: 'Mutation', deleteGoal: { __typename?: 'DeleteGoalPayload', deletedGoalId?: string | null, errors: Array<{ __typename?: 'GoalError', field?: string | null, code: AnalyticsErrorCode, message: string }> } };

export type DashboardKpisQueryVariables = Exact<{
  period: PeriodInput;
  bucket: KpiBucket;
  filters: KpiFiltersInput;
}>;


export type DashboardKpisQuery = { __typename?: 'Query', leadVolume: { __typename?: 'LeadVolume', total: { __typename?: 'Count', count: number } }, leadToCustomerConversion: { __typename?: 'RatioSeries', total: { __typename?: 'Ratio', numerator: number, denominator: number, rate?: number | null } }, pipelineValue: { __typename?: 'AmountSeries', total: { __typename?: 'Amount', amount: string, count: number } }, winRate: { __typename?: 'RatioSeries', total: { __typename?: 'Ratio', numerator: number, denominator: number, rate?: number | null }, points: Array<{ __typename?: 'RatioPoint', firstDay: string, lastDay: string, value: { __typename?: 'Ratio', numerator: number, denominator: number, rate?: number | null } }> }, salesVolume: { __typename?: 'AmountSeries', total: { __typename?: 'Amount', amount: string, count: number, average?: string | null }, points: Array<{ __typename?: 'AmountPoint', firstDay: string, lastDay: string, value: { __typename?: 'Amount', amount: string, count: number } }> }, salesCycleTime: { __typename?: 'SpreadSeries', total: { __typename?: 'Spread', median?: number | null, mean?: number | null, count: number } }, responseTime: { __typename?: 'ResponseTimeSeries', total: { __typename?: 'ResponseTime', median?: number | null, count: number, overSla: { __typename?: 'Ratio', numerator: number, denominator: number, rate?: number | null } }, points: Array<{ __typename?: 'ResponseTimePoint', firstDay: string, lastDay: string, value: { __typename?: 'ResponseTime', median?: number | null, count: number } }> }, funnel: Array<{ __typename?: 'FunnelStep', reached: number, stage: { __typename?: 'FunnelStage', id: string, name: string }, fromPrevious?: { __typename?: 'Ratio', rate?: number | null } | null }>, sourceReturn: Array<{ __typename?: 'SourceReturn', cost?: string | null, wonPerCost?: number | null, source?: { __typename?: 'Source', id: string, name: string } | null, won: { __typename?: 'AmountSeries', total: { __typename?: 'Amount', amount: string, count: number } } }> };

export type DashboardSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSettingsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', id: string, timeZone: string, currency: string } };

export type CancelLeadImportMutationVariables = Exact<{
  input: LeadImportInput;
}>;


export type CancelLeadImportMutation = { __typename?: 'Mutation', cancelLeadImport: { __typename?: 'LeadImportPayload', leadImport?: { __typename?: 'LeadImport', id: string, status: ImportStatus } | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type ExportHistoryQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExportHistoryQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', leadExports: { __typename?: 'LeadExportConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LeadExportEdge', node: { __typename?: 'LeadExport', id: string, format: FileFormat, status: ExportStatus, rows: number, createdAt: string, downloadUrl?: string | null, requestedBy?: { __typename?: 'User', id: string, name: string } | null } }> } } };

export type ExportLeadsMutationVariables = Exact<{
  input: ExportLeadsInput;
}>;


export type ExportLeadsMutation = { __typename?: 'Mutation', exportLeads: { __typename?: 'LeadExportPayload', leadExport?: { __typename?: 'LeadExport', id: string } | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type WatchedExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WatchedExportQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'ApiClient' } | { __typename: 'AuditEvent' } | { __typename: 'CustomField' } | { __typename: 'DeletedLead' } | { __typename: 'FailedImportRow' } | { __typename: 'FunnelStage' } | { __typename: 'Goal' } | { __typename: 'ImportTemplate' } | { __typename: 'Invitation' } | { __typename: 'Lead' } | { __typename: 'LeadExport', id: string, format: FileFormat, status: ExportStatus, rows: number, downloadUrl?: string | null } | { __typename: 'LeadImport' } | { __typename: 'LeadView' } | { __typename: 'Membership' } | { __typename: 'RoutingRule' } | { __typename: 'ScoringRule' } | { __typename: 'Source' } | { __typename: 'Team' } | { __typename: 'Tenant' } | { __typename: 'User' } | { __typename: 'WebhookDelivery' } | { __typename: 'WebhookEndpoint' } | null };

export type ImportFailedRowsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportFailedRowsQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'ApiClient' } | { __typename: 'AuditEvent' } | { __typename: 'CustomField' } | { __typename: 'DeletedLead' } | { __typename: 'FailedImportRow' } | { __typename: 'FunnelStage' } | { __typename: 'Goal' } | { __typename: 'ImportTemplate' } | { __typename: 'Invitation' } | { __typename: 'Lead' } | { __typename: 'LeadExport' } | { __typename: 'LeadImport', id: string, failedRows: { __typename?: 'FailedImportRowConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FailedImportRowEdge', node: { __typename?: 'FailedImportRow', id: string, line: number, reason: string, cells: Array<string> } }> } } | { __typename: 'LeadView' } | { __typename: 'Membership' } | { __typename: 'RoutingRule' } | { __typename: 'ScoringRule' } | { __typename: 'Source' } | { __typename: 'Team' } | { __typename: 'Tenant' } | { __typename: 'User' } | { __typename: 'WebhookDelivery' } | { __typename: 'WebhookEndpoint' } | null };

export type ImportHistoryQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportHistoryQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', leadImports: { __typename?: 'LeadImportConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LeadImportEdge', node: { __typename?: 'LeadImport', id: string, fileName: string, status: ImportStatus, createdAt: string, startedAt?: string | null, startedBy?: { __typename?: 'User', id: string, name: string } | null, progress: { __typename?: 'ImportProgress', totalRows: number, created: number, updated: number, skipped: number, failed: number, percent: number } } }> } } };

export type ImportPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportPreviewQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'ApiClient' } | { __typename: 'AuditEvent' } | { __typename: 'CustomField' } | { __typename: 'DeletedLead' } | { __typename: 'FailedImportRow' } | { __typename: 'FunnelStage' } | { __typename: 'Goal' } | { __typename: 'ImportTemplate' } | { __typename: 'Invitation' } | { __typename: 'Lead' } | { __typename: 'LeadExport' } | { __typename: 'LeadImport', id: string, preview?: Array<{ __typename?: 'PreviewRow', line: number, cells: Array<string>, problems?: string | null, lead?: { __typename?: 'PreviewLead', name: string, email?: string | null, phone?: string | null, company?: string | null, title?: string | null } | null }> | null } | { __typename: 'LeadView' } | { __typename: 'Membership' } | { __typename: 'RoutingRule' } | { __typename: 'ScoringRule' } | { __typename: 'Source' } | { __typename: 'Team' } | { __typename: 'Tenant' } | { __typename: 'User' } | { __typename: 'WebhookDelivery' } | { __typename: 'WebhookEndpoint' } | null };

export type LiveImportProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveImportProgressSubscription = { __typename?: 'Subscription', leadImportProgress: { __typename?: 'LeadImportUpdate', leadImportId: string, status: ImportStatus, failure?: string | null, progress: { __typename?: 'ImportProgress', totalRows: number, read: number, created: number, updated: number, skipped: number, failed: number, percent: number, secondsLeft?: number | null } } };

export type StartLeadImportMutationVariables = Exact<{
  input: LeadImportInput;
}>;


export type StartLeadImportMutation = { __typename?: 'Mutation', startLeadImport: { __typename?: 'LeadImportPayload', leadImport?: { __typename?: 'LeadImport', id: string, status: ImportStatus } | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type SaveImportTemplateMutationVariables = Exact<{
  input: SaveImportTemplateInput;
}>;


export type SaveImportTemplateMutation = { __typename?: 'Mutation', saveImportTemplate: { __typename?: 'ImportTemplatePayload', template?: { __typename?: 'ImportTemplate', id: string, name: string } | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type ImportTemplatesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportTemplatesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', importTemplates: { __typename?: 'ImportTemplateConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportTemplateEdge', node: { __typename?: 'ImportTemplate', id: string, name: string, targets: Array<{ __typename?: 'ImportColumn', header: string, target?: string | null }> } }> } } };

export type DeleteImportTemplateMutationVariables = Exact<{
  input: DeleteImportTemplateInput;
}>;


export type DeleteImportTemplateMutation = { __typename?: 'Mutation', deleteImportTemplate: { __typename?: 'DeleteImportTemplatePayload', deletedTemplateId?: string | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type UploadLeadListMutationVariables = Exact<{
  input: UploadLeadListInput;
}>;


export type UploadLeadListMutation = { __typename?: 'Mutation', uploadLeadList: { __typename?: 'LeadImportPayload', leadImport?: { __typename?: 'LeadImport', id: string } | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type ImportChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportChoicesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', sources: { __typename?: 'SourceConnection', edges: Array<{ __typename?: 'SourceEdge', node: { __typename?: 'Source', id: string, name: string, kind: SourceKind } }> }, customFields: { __typename?: 'CustomFieldConnection', edges: Array<{ __typename?: 'CustomFieldEdge', node: { __typename?: 'CustomField', id: string, key: string, label: string } }> } } };

export type ImportDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportDetailsQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'ApiClient' } | { __typename: 'AuditEvent' } | { __typename: 'CustomField' } | { __typename: 'DeletedLead' } | { __typename: 'FailedImportRow' } | { __typename: 'FunnelStage' } | { __typename: 'Goal' } | { __typename: 'ImportTemplate' } | { __typename: 'Invitation' } | { __typename: 'Lead' } | { __typename: 'LeadExport' } | { __typename: 'LeadImport', id: string, fileName: string, fileFormat: FileFormat, sizeBytes: number, encoding?: string | null, delimiter?: string | null, status: ImportStatus, failure?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, errorReportUrl?: string | null, matchKeys: Array<MatchKey>, onMatch: OnMatch, columns: Array<{ __typename?: 'ImportColumn', header: string, target?: string | null }>, source?: { __typename?: 'Source', id: string, name: string } | null, startedBy?: { __typename?: 'User', id: string, name: string } | null, progress: { __typename?: 'ImportProgress', totalRows: number, read: number, created: number, updated: number, skipped: number, failed: number, percent: number, secondsLeft?: number | null } } | { __typename: 'LeadView' } | { __typename: 'Membership' } | { __typename: 'RoutingRule' } | { __typename: 'ScoringRule' } | { __typename: 'Source' } | { __typename: 'Team' } | { __typename: 'Tenant' } | { __typename: 'User' } | { __typename: 'WebhookDelivery' } | { __typename: 'WebhookEndpoint' } | null };

export type ChangeLeadImportMutationVariables = Exact<{
  input: ChangeLeadImportInput;
}>;


export type ChangeLeadImportMutation = { __typename?: 'Mutation', changeLeadImport: { __typename?: 'LeadImportPayload', leadImport?: { __typename?: 'LeadImport', id: string, matchKeys: Array<MatchKey>, onMatch: OnMatch, columns: Array<{ __typename?: 'ImportColumn', header: string, target?: string | null }>, source?: { __typename?: 'Source', id: string } | null } | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type ApiClientsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiClientsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', apiClients: { __typename?: 'ApiClientConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ApiClientEdge', node: { __typename?: 'ApiClient', id: string, name: string, clientId: string, confidential: boolean, redirectUris: Array<string>, scopes: Array<string>, createdAt: string, secretRotatedAt?: string | null, revokedAt?: string | null, registeredBy?: { __typename?: 'User', id: string, name: string } | null } }> } } };

export type RotateApiClientSecretMutationVariables = Exact<{
  input: ApiClientInput;
}>;


export type RotateApiClientSecretMutation = { __typename?: 'Mutation', rotateApiClientSecret: { __typename?: 'ApiClientPayload', clientSecret?: string | null, apiClient?: { __typename?: 'ApiClient', id: string, secretRotatedAt?: string | null } | null, errors: Array<{ __typename?: 'ApiClientError', field?: string | null, code: ApiClientErrorCode, message: string }> } };

export type RevokeApiClientMutationVariables = Exact<{
  input: ApiClientInput;
}>;


export type RevokeApiClientMutation = { __typename?: 'Mutation', revokeApiClient: { __typename?: 'ApiClientPayload', apiClient?: { __typename?: 'ApiClient', id: string, revokedAt?: string | null } | null, errors: Array<{ __typename?: 'ApiClientError', field?: string | null, code: ApiClientErrorCode, message: string }> } };

export type RegisterApiClientMutationVariables = Exact<{
  input: RegisterApiClientInput;
}>;


export type RegisterApiClientMutation = { __typename?: 'Mutation', registerApiClient: { __typename?: 'ApiClientPayload', clientSecret?: string | null, apiClient?: { __typename?: 'ApiClient', id: string, name: string } | null, errors: Array<{ __typename?: 'ApiClientError', field?: string | null, code: ApiClientErrorCode, message: string }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'ApiClient' } | { __typename: 'AuditEvent' } | { __typename: 'CustomField' } | { __typename: 'DeletedLead' } | { __typename: 'FailedImportRow' } | { __typename: 'FunnelStage' } | { __typename: 'Goal' } | { __typename: 'ImportTemplate' } | { __typename: 'Invitation' } | { __typename: 'Lead' } | { __typename: 'LeadExport' } | { __typename: 'LeadImport' } | { __typename: 'LeadView' } | { __typename: 'Membership' } | { __typename: 'RoutingRule' } | { __typename: 'ScoringRule' } | { __typename: 'Source' } | { __typename: 'Team' } | { __typename: 'Tenant' } | { __typename: 'User' } | { __typename: 'WebhookDelivery' } | { __typename: 'WebhookEndpoint', id: string, deliveries: { __typename?: 'WebhookDeliveryConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode?: number | null, lastError?: string | null, nextAttemptAt?: string | null, createdAt: string } }> } } | null };

export type RedeliverWebhookMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'WebhookDeliveryPayload', webhookDelivery?: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type TestWebhookMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type TestWebhookMutation = { __typename?: 'Mutation', testWebhook: { __typename?: 'WebhookDeliveryPayload', webhookDelivery?: { __typename?: 'WebhookDelivery', id: string } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'WebhookEndpointPayload', signingSecret?: string | null, webhookEndpoint?: { __typename?: 'WebhookEndpoint', id: string, secretRotatedAt?: string | null } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type DeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: { __typename?: 'DeleteWebhookEndpointPayload', deletedWebhookEndpointId?: string | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type WebhookEndpointsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookEndpointsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', webhookEndpoints: { __typename?: 'WebhookEndpointConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'WebhookEndpointEdge', node: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, createdAt: string } }> } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpointPayload', webhookEndpoint?: { __typename?: 'WebhookEndpoint', id: string } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'WebhookEndpointPayload', signingSecret?: string | null, webhookEndpoint?: { __typename?: 'WebhookEndpoint', id: string, url: string } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type WebhookEndpointQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhookEndpointQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'ApiClient' } | { __typename: 'AuditEvent' } | { __typename: 'CustomField' } | { __typename: 'DeletedLead' } | { __typename: 'FailedImportRow' } | { __typename: 'FunnelStage' } | { __typename: 'Goal' } | { __typename: 'ImportTemplate' } | { __typename: 'Invitation' } | { __typename: 'Lead' } | { __typename: 'LeadExport' } | { __typename: 'LeadImport' } | { __typename: 'LeadView' } | { __typename: 'Membership' } | { __typename: 'RoutingRule' } | { __typename: 'ScoringRule' } | { __typename: 'Source' } | { __typename: 'Team' } | { __typename: 'Tenant' } | { __typename: 'User' } | { __typename: 'WebhookDelivery' } | { __typename: 'WebhookEndpoint', id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, enabled: boolean, disabledAt?: string | null, disabledReason?: string | null, createdAt: string, secretRotatedAt?: string | null, createdBy?: { __typename?: 'User', id: string, name: string } | null } | null };

export type AssignLeadsMutationVariables = Exact<{
  input: AssignLeadsInput;
}>;


export type AssignLeadsMutation = { __typename?: 'Mutation', assignLeads: { __typename?: 'BulkLeadsPayload', errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type MoveLeadsMutationVariables = Exact<{
  input: MoveLeadsInput;
}>;


export type MoveLeadsMutation = { __typename?: 'Mutation', moveLeads: { __typename?: 'BulkLeadsPayload', errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type TagLeadsMutationVariables = Exact<{
  input: TagLeadsInput;
}>;


export type TagLeadsMutation = { __typename?: 'Mutation', tagLeads: { __typename?: 'BulkLeadsPayload', errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type UntagLeadsMutationVariables = Exact<{
  input: TagLeadsInput;
}>;


export type UntagLeadsMutation = { __typename?: 'Mutation', untagLeads: { __typename?: 'BulkLeadsPayload', errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type DeleteLeadsMutationVariables = Exact<{
  input: DeleteLeadsInput;
}>;


export type DeleteLeadsMutation = { __typename?: 'Mutation', deleteLeads: { __typename?: 'DeleteLeadsPayload', errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type MergeLeadsMutationVariables = Exact<{
  input: MergeLeadsInput;
}>;


export type MergeLeadsMutation = { __typename?: 'Mutation', mergeLeads: { __typename?: 'LeadPayload', lead?: { __typename?: 'Lead', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type UpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { __typename?: 'Mutation', updateLead: { __typename?: 'SaveLeadPayload', lead?: { __typename?: 'Lead', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type LogLeadActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogLeadActivityMutation = { __typename?: 'Mutation', logActivity: { __typename?: 'LogActivityPayload', activity?: { __typename?: 'Activity', id: string } | null, errors: Array<{ __typename?: 'ActivityError', field?: string | null, code: ActivityErrorCode, message: string }> } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { __typename?: 'Mutation', createLead: { __typename?: 'SaveLeadPayload', lead?: { __typename?: 'Lead', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type LeadViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadViewsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', leadViews: Array<{ __typename?: 'LeadView', id: string, name: string, filter: unknown, orderBy: LeadOrder, descending: boolean, shared: boolean, mine: boolean, createdBy?: { __typename?: 'User', id: string, name: string } | null }> } };

export type SaveLeadViewMutationVariables = Exact<{
  input: SaveLeadViewInput;
}>;


export type SaveLeadViewMutation = { __typename?: 'Mutation', saveLeadView: { __typename?: 'LeadViewPayload', leadView?: { __typename?: 'LeadView', id: string, name: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type DeleteLeadViewMutationVariables = Exact<{
  input: DeleteLeadViewInput;
}>;


export type DeleteLeadViewMutation = { __typename?: 'Mutation', deleteLeadView: { __typename?: 'DeleteLeadViewPayload', deletedLeadViewId?: string | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type LeadTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LeadTimelineQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, activities: { __typename?: 'ActivityConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string, kind: ActivityKind, occurredAt: string, actor: { __typename: 'MemberActor', member?: { __typename?: 'User', id: string, name: string } | null } | { __typename: 'PartnerClientActor' } | { __typename: 'SystemActor' }, details?: { __typename: 'AssignedDetails', owner?: { __typename?: 'User', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null } | { __typename: 'CallDetails', body: string, outcome?: CallOutcome | null, durationSeconds?: number | null } | { __typename: 'CreatedDetails' } | { __typename: 'EmailDetails', body: string } | { __typename: 'ImportedDetails' } | { __typename: 'MeetingDetails', body: string } | { __typename: 'MergedDetails', mergedLeadName: string } | { __typename: 'NoteDetails', body: string } | { __typename: 'NurtureEndedDetails' } | { __typename: 'ParkedDetails', until: string } | { __typename: 'StageChangedDetails', fromStageName: string, toStageName: string } | { __typename: 'UpdatedDetails', changedFields: Array<string> } | null } }> } } | null };

export type LeadDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadDetailsQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, name: string, email?: string | null, phone?: string | null, title?: string | null, company?: string | null, website?: string | null, country?: string | null, industry?: string | null, expectedValue?: string | null, score: number, temperature: Temperature, tags: Array<string>, createdAt: string, stage: { __typename?: 'FunnelStage', id: string, name: string }, owner?: { __typename?: 'User', id: string, name: string } | null, source?: { __typename?: 'Source', id: string, name: string } | null, scoreBreakdown: Array<{ __typename?: 'ScoreContribution', ruleId: string, rule: string, points: number }>, routingDecision?: { __typename?: 'RoutingDecision', outcome: RoutingOutcome, decidedAt: string, ruleName?: string | null, rulesPassed: number, respondBy?: string | null, owner?: { __typename?: 'User', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, steps: Array<{ __typename?: 'RoutingStep', skipped: Array<{ __typename?: 'SkippedMember', reason: SkipReason, user?: { __typename?: 'User', id: string, name: string } | null }> }> } | null, duplicateCandidates: Array<{ __typename?: 'DuplicateCandidate', reasons: Array<DuplicateReason>, lead: { __typename?: 'Lead', id: string, name: string, email?: string | null, phone?: string | null, company?: string | null } }>, stageHistory: Array<{ __typename?: 'StageChange', changedAt: string, fromStage?: { __typename?: 'FunnelStage', id: string, name: string } | null, toStage: { __typename?: 'FunnelStage', id: string, name: string } }> } | null };

export type LeadsListQueryVariables = Exact<{
  filter?: InputMaybe<LeadFilterInput>;
  orderBy: LeadOrder;
  descending: Scalars['Boolean']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LeadsListQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', leads: { __typename?: 'LeadConnection', totalCount: number, totalCountIsCapped: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LeadEdge', node: { __typename?: 'Lead', id: string, name: string, email?: string | null, phone?: string | null, company?: string | null, score: number, temperature: Temperature, expectedValue?: string | null, createdAt: string, tags: Array<string>, stage: { __typename?: 'FunnelStage', id: string, name: string }, owner?: { __typename?: 'User', id: string, name: string } | null, source?: { __typename?: 'Source', id: string, name: string } | null } }> } } };

export type InvitationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvitationsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', invitations: { __typename?: 'InvitationConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'InvitationEdge', node: { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string } }> } } };

export type RevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'RevokeInvitationPayload', invitation?: { __typename?: 'Invitation', id: string, status: InvitationStatus } | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'InviteMemberPayload', invitation?: { __typename?: 'Invitation', id: string, email: string } | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type MembersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', members: { __typename?: 'MembershipConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MembershipEdge', node: { __typename?: 'Membership', id: string, role: Role, createdAt: string, user: { __typename?: 'User', id: string, name: string, email: string } } }> } } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { __typename?: 'Mutation', changeMemberRole: { __typename?: 'ChangeMemberRolePayload', membership?: { __typename?: 'Membership', id: string, role: Role } | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: { __typename?: 'RemoveMemberPayload', removedMembershipId?: string | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'UpdateProfilePayload', me?: { __typename?: 'Me', language?: Language | null } | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type UpdateAvailabilityMutationVariables = Exact<{
  input: UpdateAvailabilityInput;
}>;


export type UpdateAvailabilityMutation = { __typename?: 'Mutation', updateAvailability: { __typename?: 'AvailabilityPayload', availability?: { __typename?: 'Availability', timeZone?: string | null } | null, errors: Array<{ __typename?: 'RoutingError', field?: string | null, code: RoutingErrorCode, message: string }> } };

export type RoutingAvailabilityQueryVariables = Exact<{
  userId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RoutingAvailabilityQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', timeZone: string, availability?: { __typename?: 'Availability', timeZone?: string | null, awayFrom?: string | null, awayUntil?: string | null, workingHours?: Array<{ __typename?: 'Shift', weekday: Weekday, starts: string, ends: string }> | null } | null } };

export type RoutingPreviewQueryVariables = Exact<{
  input: CreateLeadInput;
  score: Scalars['Int']['input'];
}>;


export type RoutingPreviewQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', timeZone: string, routingPreview: { __typename?: 'RoutingPreview', decision?: { __typename?: 'RoutingDecision', outcome: RoutingOutcome, ruleName?: string | null, match?: ConditionMatch | null, rulesPassed: number, respondBy?: string | null, rule?: { __typename?: 'RoutingRule', id: string, position: number } | null, conditions: Array<{ __typename?: 'ConditionResult', holds: boolean, condition: { __typename?: 'LeadCondition', field: LeadField, operator: ConditionOperator, values: Array<string>, number?: string | null, upTo?: string | null, customFieldKey?: string | null } }>, steps: Array<{ __typename?: 'RoutingStep', strategy?: RoutingStrategy | null, available: number, gone: boolean, escalated: boolean, target: { __typename?: 'RoutingTarget', kind: RoutingTargetKind, team?: { __typename?: 'Team', id: string, name: string } | null, user?: { __typename?: 'User', id: string, name: string } | null }, chosen?: { __typename?: 'User', id: string, name: string } | null, stickyOwner?: { __typename?: 'User', id: string, name: string } | null, skipped: Array<{ __typename?: 'SkippedMember', reason: SkipReason, user?: { __typename?: 'User', id: string, name: string } | null }> }>, owner?: { __typename?: 'User', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null } | null, errors: Array<{ __typename?: 'RoutingError', field?: string | null, code: RoutingErrorCode, message: string }> } } };

export type RoutingFieldChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingFieldChoicesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', funnelStages: { __typename?: 'FunnelStageConnection', edges: Array<{ __typename?: 'FunnelStageEdge', node: { __typename?: 'FunnelStage', id: string, name: string } }> }, customFields: { __typename?: 'CustomFieldConnection', edges: Array<{ __typename?: 'CustomFieldEdge', node: { __typename?: 'CustomField', key: string, label: string, type: FieldType, choices: Array<string> } }> } } };

export type UpdateRoutingRuleMutationVariables = Exact<{
  input: UpdateRoutingRuleInput;
}>;


export type UpdateRoutingRuleMutation = { __typename?: 'Mutation', updateRoutingRule: { __typename?: 'RoutingRulePayload', rule?: { __typename?: 'RoutingRule', id: string, name: string } | null, errors: Array<{ __typename?: 'RoutingError', field?: string | null, code: RoutingErrorCode, message: string }> } };

export type SetRoutingFallbackMutationVariables = Exact<{
  input: SetRoutingFallbackInput;
}>;


export type SetRoutingFallbackMutation = { __typename?: 'Mutation', setRoutingFallback: { __typename?: 'RoutingFallbackPayload', fallback?: { __typename?: 'RoutingFallback', strategy: RoutingStrategy } | null, errors: Array<{ __typename?: 'RoutingError', field?: string | null, code: RoutingErrorCode, message: string }> } };

export type CreateRoutingRuleMutationVariables = Exact<{
  input: CreateRoutingRuleInput;
}>;


export type CreateRoutingRuleMutation = { __typename?: 'Mutation', createRoutingRule: { __typename?: 'RoutingRulePayload', rule?: { __typename?: 'RoutingRule', id: string, name: string, position: number } | null, errors: Array<{ __typename?: 'RoutingError', field?: string | null, code: RoutingErrorCode, message: string }> } };

export type ReorderRoutingRulesMutationVariables = Exact<{
  input: ReorderRoutingRulesInput;
}>;


export type ReorderRoutingRulesMutation = { __typename?: 'Mutation', reorderRoutingRules: { __typename?: 'ReorderRoutingRulesPayload', rules?: Array<{ __typename?: 'RoutingRule', id: string, position: number }> | null, errors: Array<{ __typename?: 'RoutingError', field?: string | null, code: RoutingErrorCode, message: string }> } };

export type DeleteRoutingRuleMutationVariables = Exact<{
  input: DeleteRoutingRuleInput;
}>;


export type DeleteRoutingRuleMutation = { __typename?: 'Mutation', deleteRoutingRule: { __typename?: 'DeleteRoutingRulePayload', deletedRuleId?: string | null, errors: Array<{ __typename?: 'RoutingError', field?: string | null, code: RoutingErrorCode, message: string }> } };

export type RoutingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingRulesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', routingRules: Array<{ __typename?: 'RoutingRule', id: string, name: string, position: number, match: ConditionMatch, strategy: RoutingStrategy, sticky: boolean, withinWorkingHours: boolean, slaMinutes?: number | null, slaAction: SlaAction, conditions: Array<{ __typename?: 'LeadCondition', field: LeadField, operator: ConditionOperator, values: Array<string>, number?: string | null, upTo?: string | null, customFieldKey?: string | null }>, target: { __typename?: 'RoutingTarget', kind: RoutingTargetKind, team?: { __typename?: 'Team', id: string, name: string } | null, user?: { __typename?: 'User', id: string, name: string } | null }, overflow: { __typename?: 'RoutingTarget', kind: RoutingTargetKind, team?: { __typename?: 'Team', id: string, name: string } | null, user?: { __typename?: 'User', id: string, name: string } | null } }> } };

export type RoutingFallbackQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingFallbackQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', routingFallback: { __typename?: 'RoutingFallback', strategy: RoutingStrategy, target: { __typename?: 'RoutingTarget', kind: RoutingTargetKind, team?: { __typename?: 'Team', id: string, name: string } | null, user?: { __typename?: 'User', id: string, name: string } | null } } } };

export type AddTeamMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type AddTeamMemberMutation = { __typename?: 'Mutation', addTeamMember: { __typename?: 'TeamPayload', team?: { __typename?: 'Team', id: string } | null, errors: Array<{ __typename?: 'TeamError', field?: string | null, code: TeamErrorCode, message: string }> } };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'TeamPayload', team?: { __typename?: 'Team', id: string, name: string } | null, errors: Array<{ __typename?: 'TeamError', field?: string | null, code: TeamErrorCode, message: string }> } };

export type UpdateTeamMemberMutationVariables = Exact<{
  input: UpdateTeamMemberInput;
}>;


export type UpdateTeamMemberMutation = { __typename?: 'Mutation', updateTeamMember: { __typename?: 'TeamPayload', team?: { __typename?: 'Team', id: string } | null, errors: Array<{ __typename?: 'TeamError', field?: string | null, code: TeamErrorCode, message: string }> } };

export type RemoveTeamMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type RemoveTeamMemberMutation = { __typename?: 'Mutation', removeTeamMember: { __typename?: 'TeamPayload', team?: { __typename?: 'Team', id: string } | null, errors: Array<{ __typename?: 'TeamError', field?: string | null, code: TeamErrorCode, message: string }> } };

export type DeleteTeamMutationVariables = Exact<{
  input: DeleteTeamInput;
}>;


export type DeleteTeamMutation = { __typename?: 'Mutation', deleteTeam: { __typename?: 'DeleteTeamPayload', deletedTeamId?: string | null, errors: Array<{ __typename?: 'TeamError', field?: string | null, code: TeamErrorCode, message: string }> } };

export type UpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { __typename?: 'Mutation', updateTeam: { __typename?: 'TeamPayload', team?: { __typename?: 'Team', id: string, name: string, kind: TeamKind } | null, errors: Array<{ __typename?: 'TeamError', field?: string | null, code: TeamErrorCode, message: string }> } };

export type RoutingTeamsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RoutingTeamsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', teams: { __typename?: 'TeamConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TeamEdge', node: { __typename?: 'Team', id: string, name: string, kind: TeamKind, roster: Array<{ __typename?: 'TeamMember', active: boolean, manages: boolean, capacity?: number | null, weight: number, user: { __typename?: 'User', id: string, name: string } }> } }> } } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { __typename?: 'Mutation', updateTenantSettings: { __typename?: 'UpdateTenantSettingsPayload', tenant?: { __typename?: 'Tenant', id: string } | null, errors: Array<{ __typename?: 'TenantError', field?: string | null, code: TenantErrorCode, message: string }> } };

export type TenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSettingsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', id: string, name: string, defaultRegion?: string | null, timeZone: string, currency: string, repsSeeAllLeads: boolean } };

export type ChangeCustomFieldMutationVariables = Exact<{
  input: ChangeCustomFieldInput;
}>;


export type ChangeCustomFieldMutation = { __typename?: 'Mutation', changeCustomField: { __typename?: 'CustomFieldPayload', field?: { __typename?: 'CustomField', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type RemoveCustomFieldMutationVariables = Exact<{
  input: RemoveCustomFieldInput;
}>;


export type RemoveCustomFieldMutation = { __typename?: 'Mutation', removeCustomField: { __typename?: 'RemoveCustomFieldPayload', removedFieldId?: string | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type DefineCustomFieldMutationVariables = Exact<{
  input: DefineCustomFieldInput;
}>;


export type DefineCustomFieldMutation = { __typename?: 'Mutation', defineCustomField: { __typename?: 'CustomFieldPayload', field?: { __typename?: 'CustomField', id: string, label: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type SettingsCustomFieldsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SettingsCustomFieldsQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', customFields: { __typename?: 'CustomFieldConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CustomFieldEdge', node: { __typename?: 'CustomField', id: string, key: string, label: string, type: FieldType, choices: Array<string>, required: boolean } }> } } };

export type MqlScoreThresholdQueryVariables = Exact<{ [key: string]: never; }>;


export type MqlScoreThresholdQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', id: string, mqlScoreThreshold?: number | null } };

export type SetMqlScoreThresholdMutationVariables = Exact<{
  input: SetMqlScoreThresholdInput;
}>;


export type SetMqlScoreThresholdMutation = { __typename?: 'Mutation', setMqlScoreThreshold: { __typename?: 'MqlScoreThresholdPayload', threshold?: number | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type UpdateScoringRuleMutationVariables = Exact<{
  input: UpdateScoringRuleInput;
}>;


export type UpdateScoringRuleMutation = { __typename?: 'Mutation', updateScoringRule: { __typename?: 'ScoringRulePayload', rule?: { __typename?: 'ScoringRule', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type DeleteScoringRuleMutationVariables = Exact<{
  input: DeleteScoringRuleInput;
}>;


export type DeleteScoringRuleMutation = { __typename?: 'Mutation', deleteScoringRule: { __typename?: 'DeleteScoringRulePayload', deletedRuleId?: string | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type CreateScoringRuleMutationVariables = Exact<{
  input: ScoringRuleInput;
}>;


export type CreateScoringRuleMutation = { __typename?: 'Mutation', createScoringRule: { __typename?: 'ScoringRulePayload', rule?: { __typename?: 'ScoringRule', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type SettingsScoringRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsScoringRulesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', scoringRules: { __typename?: 'ScoringRuleConnection', edges: Array<{ __typename?: 'ScoringRuleEdge', node: { __typename?: 'ScoringRule', id: string, name: string, kind: ScoringRuleKind, points: number, fit?: { __typename?: 'FitCondition', field: ScoringField, operator: ConditionOperator, values: Array<string>, number?: string | null, customFieldKey?: string | null } | null, engagement?: { __typename?: 'Engagement', activityKind: ActivityKind, halfLifeDays: number } | null } }> } } };

export type CreateSourceMutationVariables = Exact<{
  input: SourceInput;
}>;


export type CreateSourceMutation = { __typename?: 'Mutation', createSource: { __typename?: 'SourcePayload', source?: { __typename?: 'Source', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type UpdateSourceMutationVariables = Exact<{
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { __typename?: 'Mutation', updateSource: { __typename?: 'SourcePayload', source?: { __typename?: 'Source', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type DeleteSourceMutationVariables = Exact<{
  input: DeleteSourceInput;
}>;


export type DeleteSourceMutation = { __typename?: 'Mutation', deleteSource: { __typename?: 'DeleteSourcePayload', deletedSourceId?: string | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type SettingsSourcesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SettingsSourcesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', sources: { __typename?: 'SourceConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SourceEdge', node: { __typename?: 'Source', id: string, name: string, kind: SourceKind, campaign?: string | null, eventDate?: string | null, cost?: string | null } }> } } };

export type CreateFunnelStageMutationVariables = Exact<{
  input: CreateFunnelStageInput;
}>;


export type CreateFunnelStageMutation = { __typename?: 'Mutation', createFunnelStage: { __typename?: 'FunnelStagePayload', stage?: { __typename?: 'FunnelStage', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type UpdateFunnelStageMutationVariables = Exact<{
  input: UpdateFunnelStageInput;
}>;


export type UpdateFunnelStageMutation = { __typename?: 'Mutation', updateFunnelStage: { __typename?: 'FunnelStagePayload', stage?: { __typename?: 'FunnelStage', id: string } | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type DeleteFunnelStageMutationVariables = Exact<{
  input: DeleteFunnelStageInput;
}>;


export type DeleteFunnelStageMutation = { __typename?: 'Mutation', deleteFunnelStage: { __typename?: 'DeleteFunnelStagePayload', deletedStageId?: string | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type ReorderFunnelStagesMutationVariables = Exact<{
  input: ReorderFunnelStagesInput;
}>;


export type ReorderFunnelStagesMutation = { __typename?: 'Mutation', reorderFunnelStages: { __typename?: 'ReorderFunnelStagesPayload', stages?: Array<{ __typename?: 'FunnelStage', id: string }> | null, errors: Array<{ __typename?: 'LeadError', field?: string | null, code: LeadErrorCode, message: string }> } };

export type SettingsFunnelStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsFunnelStagesQuery = { __typename?: 'Query', tenant: { __typename?: 'Tenant', funnelStages: { __typename?: 'FunnelStageConnection', edges: Array<{ __typename?: 'FunnelStageEdge', node: { __typename?: 'FunnelStage', id: string, name: string, position: number, kind: StageKind, winProbability: number, milestone?: Milestone | null, routesLeads: boolean } }> } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', language?: Language | null, user: { __typename?: 'User', id: string, name: string, email: string }, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, tenant: { __typename?: 'Tenant', id: string, name: string, currency: string, timeZone: string } }> } };

export const DashboardActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageChangedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStageName"}},{"kind":"Field","name":{"kind":"Name","value":"toStageName"}},{"kind":"Field","name":{"kind":"Name","value":"wonAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MergedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedLeadName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParkedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardActivityFragment, unknown>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}}]}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const CompanyTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyTeamsQuery, CompanyTeamsQueryVariables>;
export const CompanyMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyMembersQuery, CompanyMembersQueryVariables>;
export const CompanySourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanySources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanySourcesQuery, CompanySourcesQueryVariables>;
export const CompanyStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnelStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyStagesQuery, CompanyStagesQueryVariables>;
export const LiveActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"feed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveActivitySubscription, LiveActivitySubscriptionVariables>;
export const BoardStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"repsSeeAllLeads"}},{"kind":"Field","name":{"kind":"Name","value":"funnelStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardStagesQuery, BoardStagesQueryVariables>;
export const BoardLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"SCORE"}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValueTotal"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValueTotalIsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardLeadsQuery, BoardLeadsQueryVariables>;
export const BoardMoveLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoardMoveLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BoardMoveLeadMutation, BoardMoveLeadMutationVariables>;
export const BoardReopenLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoardReopenLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BoardReopenLeadMutation, BoardReopenLeadMutationVariables>;
export const BoardWinLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoardWinLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WinLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BoardWinLeadMutation, BoardWinLeadMutationVariables>;
export const BoardLoseLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoardLoseLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loseLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BoardLoseLeadMutation, BoardLoseLeadMutationVariables>;
export const BoardDisqualifyLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoardDisqualifyLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disqualifyLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BoardDisqualifyLeadMutation, BoardDisqualifyLeadMutationVariables>;
export const DashboardFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"feed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feed"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardActivity"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageChangedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStageName"}},{"kind":"Field","name":{"kind":"Name","value":"toStageName"}},{"kind":"Field","name":{"kind":"Name","value":"wonAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MergedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedLeadName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParkedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardFeedQuery, DashboardFeedQueryVariables>;
export const DashboardLiveFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardLiveFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"feed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feed"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardActivity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageChangedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStageName"}},{"kind":"Field","name":{"kind":"Name","value":"toStageName"}},{"kind":"Field","name":{"kind":"Name","value":"wonAmount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MergedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedLeadName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParkedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardLiveFeedSubscription, DashboardLiveFeedSubscriptionVariables>;
export const DashboardGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expectedByNow"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardGoalsQuery, DashboardGoalsQueryVariables>;
export const CreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const DeleteGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteGoalMutation, DeleteGoalMutationVariables>;
export const DashboardKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiBucket"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFiltersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadVolume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadToCustomerConversion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipelineValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"winRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesVolume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesCycleTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"overSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"fromPrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"won"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"wonPerCost"}}]}}]}}]} as unknown as DocumentNode<DashboardKpisQuery, DashboardKpisQueryVariables>;
export const DashboardSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<DashboardSettingsQuery, DashboardSettingsQueryVariables>;
export const CancelLeadImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelLeadImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelLeadImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelLeadImportMutation, CancelLeadImportMutationVariables>;
export const ExportHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadExports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportHistoryQuery, ExportHistoryQueryVariables>;
export const ExportLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExportLeadsMutation, ExportLeadsMutationVariables>;
export const WatchedExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WatchedExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<WatchedExportQuery, WatchedExportQueryVariables>;
export const ImportFailedRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportFailedRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportFailedRowsQuery, ImportFailedRowsQueryVariables>;
export const ImportHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportHistoryQuery, ImportHistoryQueryVariables>;
export const ImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportPreviewQuery, ImportPreviewQueryVariables>;
export const LiveImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadImportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadImportId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}}]}}]}}]}}]} as unknown as DocumentNode<LiveImportProgressSubscription, LiveImportProgressSubscriptionVariables>;
export const StartLeadImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLeadImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLeadImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartLeadImportMutation, StartLeadImportMutationVariables>;
export const SaveImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveImportTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveImportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveImportTemplateMutation, SaveImportTemplateMutationVariables>;
export const ImportTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportTemplatesQuery, ImportTemplatesQueryVariables>;
export const DeleteImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteImportTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteImportTemplateMutation, DeleteImportTemplateMutationVariables>;
export const UploadLeadListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadLeadList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadLeadListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadLeadList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UploadLeadListMutation, UploadLeadListMutationVariables>;
export const ImportChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportChoicesQuery, ImportChoicesQueryVariables>;
export const ImportDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileFormat"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchKeys"}},{"kind":"Field","name":{"kind":"Name","value":"onMatch"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportDetailsQuery, ImportDetailsQueryVariables>;
export const ChangeLeadImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeLeadImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLeadImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLeadImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchKeys"}},{"kind":"Field","name":{"kind":"Name","value":"onMatch"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeLeadImportMutation, ChangeLeadImportMutationVariables>;
export const ApiClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiClientsQuery, ApiClientsQueryVariables>;
export const RotateApiClientSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiClientSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiClientSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RotateApiClientSecretMutation, RotateApiClientSecretMutationVariables>;
export const RevokeApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const RegisterApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterApiClientMutation, RegisterApiClientMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const TestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestWebhookMutation, TestWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookEndpointId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const WebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const AssignLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignLeadsMutation, AssignLeadsMutationVariables>;
export const MoveLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MoveLeadsMutation, MoveLeadsMutationVariables>;
export const TagLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TagLeadsMutation, TagLeadsMutationVariables>;
export const UntagLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UntagLeadsMutation, UntagLeadsMutationVariables>;
export const DeleteLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteLeadsMutation, DeleteLeadsMutationVariables>;
export const MergeLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MergeLeadsMutation, MergeLeadsMutationVariables>;
export const UpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const LogLeadActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogLeadActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogLeadActivityMutation, LogLeadActivityMutationVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const LeadViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"orderBy"}},{"kind":"Field","name":{"kind":"Name","value":"descending"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadViewsQuery, LeadViewsQueryVariables>;
export const SaveLeadViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLeadView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveLeadViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveLeadView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadView"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveLeadViewMutation, SaveLeadViewMutationVariables>;
export const DeleteLeadViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLeadView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLeadViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeadView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedLeadViewId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteLeadViewMutation, DeleteLeadViewMutationVariables>;
export const LeadTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageChangedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStageName"}},{"kind":"Field","name":{"kind":"Name","value":"toStageName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoteDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MergedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedLeadName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParkedDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadTimelineQuery, LeadTimelineQueryVariables>;
export const LeadDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routingDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"rulesPassed"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stageHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadDetailsQuery, LeadDetailsQueryVariables>;
export const LeadsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadsListQuery, LeadsListQueryVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const UpdateAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAvailabilityMutation, UpdateAvailabilityMutationVariables>;
export const RoutingAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"awayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"awayUntil"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"starts"}},{"kind":"Field","name":{"kind":"Name","value":"ends"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingAvailabilityQuery, RoutingAvailabilityQueryVariables>;
export const RoutingPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"score"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"routingPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"score"},"value":{"kind":"Variable","name":{"kind":"Name","value":"score"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holds"}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"upTo"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesPassed"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"gone"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stickyOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingPreviewQuery, RoutingPreviewQueryVariables>;
export const RoutingFieldChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingFieldChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnelStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingFieldChoicesQuery, RoutingFieldChoicesQueryVariables>;
export const UpdateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRoutingRuleMutation, UpdateRoutingRuleMutationVariables>;
export const SetRoutingFallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoutingFallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRoutingFallbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoutingFallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fallback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetRoutingFallbackMutation, SetRoutingFallbackMutationVariables>;
export const CreateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRoutingRuleMutation, CreateRoutingRuleMutationVariables>;
export const ReorderRoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderRoutingRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderRoutingRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderRoutingRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderRoutingRulesMutation, ReorderRoutingRulesMutationVariables>;
export const DeleteRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRuleId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>;
export const RoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"upTo"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"sticky"}},{"kind":"Field","name":{"kind":"Name","value":"withinWorkingHours"}},{"kind":"Field","name":{"kind":"Name","value":"overflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"slaAction"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingRulesQuery, RoutingRulesQueryVariables>;
export const RoutingFallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingFallback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingFallback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingFallbackQuery, RoutingFallbackQueryVariables>;
export const AddTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const UpdateTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMemberMutation, UpdateTeamMemberMutationVariables>;
export const RemoveTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const DeleteTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTeamId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTeamMutation, DeleteTeamMutationVariables>;
export const UpdateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const RoutingTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"manages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingTeamsQuery, RoutingTeamsQueryVariables>;
export const UpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const TenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRegion"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"repsSeeAllLeads"}}]}}]}}]} as unknown as DocumentNode<TenantSettingsQuery, TenantSettingsQueryVariables>;
export const ChangeCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeCustomFieldMutation, ChangeCustomFieldMutationVariables>;
export const RemoveCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedFieldId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCustomFieldMutation, RemoveCustomFieldMutationVariables>;
export const DefineCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DefineCustomFieldMutation, DefineCustomFieldMutationVariables>;
export const SettingsCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsCustomFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFieldsQuery, SettingsCustomFieldsQueryVariables>;
export const MqlScoreThresholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MqlScoreThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mqlScoreThreshold"}}]}}]}}]} as unknown as DocumentNode<MqlScoreThresholdQuery, MqlScoreThresholdQueryVariables>;
export const SetMqlScoreThresholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMqlScoreThreshold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMqlScoreThresholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMqlScoreThreshold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetMqlScoreThresholdMutation, SetMqlScoreThresholdMutationVariables>;
export const UpdateScoringRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScoringRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScoringRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScoringRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScoringRuleMutation, UpdateScoringRuleMutationVariables>;
export const DeleteScoringRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScoringRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteScoringRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScoringRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRuleId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteScoringRuleMutation, DeleteScoringRuleMutationVariables>;
export const CreateScoringRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScoringRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScoringRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScoringRuleMutation, CreateScoringRuleMutationVariables>;
export const SettingsScoringRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsScoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"fit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityKind"}},{"kind":"Field","name":{"kind":"Name","value":"halfLifeDays"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsScoringRulesQuery, SettingsScoringRulesQueryVariables>;
export const CreateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSourceMutation, CreateSourceMutationVariables>;
export const UpdateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const DeleteSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteSourceMutation, DeleteSourceMutationVariables>;
export const SettingsSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsSourcesQuery, SettingsSourcesQueryVariables>;
export const CreateFunnelStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFunnelStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFunnelStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFunnelStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFunnelStageMutation, CreateFunnelStageMutationVariables>;
export const UpdateFunnelStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFunnelStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFunnelStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFunnelStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFunnelStageMutation, UpdateFunnelStageMutationVariables>;
export const DeleteFunnelStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFunnelStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteFunnelStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFunnelStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedStageId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteFunnelStageMutation, DeleteFunnelStageMutationVariables>;
export const ReorderFunnelStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderFunnelStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderFunnelStagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderFunnelStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderFunnelStagesMutation, ReorderFunnelStagesMutationVariables>;
export const SettingsFunnelStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsFunnelStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnelStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"winProbability"}},{"kind":"Field","name":{"kind":"Name","value":"milestone"}},{"kind":"Field","name":{"kind":"Name","value":"routesLeads"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsFunnelStagesQuery, SettingsFunnelStagesQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;