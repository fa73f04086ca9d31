import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccessLevel, UserError } from '@metrograph/kit';
import { AppFunction } from '../access/functions.js';
import { ApiClient } from './api-client.entity.js';

@InputType({ description: 'A service group an API client may use and the level it gets there.' })
export class ApiScopeInput {
  @Field(() => AppFunction, { description: 'The service group (function).' })
  function!: AppFunction;

  @Field(() => AccessLevel, { nullable: true, description: 'Level on it; omitted means VIEW (read-only integrations).' })
  level?: AccessLevel | null;
}

@ObjectType({ description: 'A service group an API client may use and the level it gets there.' })
export class ApiScope {
  @Field(() => AppFunction, { description: 'The service group (function).' })
  function!: AppFunction;

  @Field(() => AccessLevel, { description: 'Level on it.' })
  level!: AccessLevel;
}

@InputType({ description: 'A new API client of an integrating agency (004 §4.5.11 (1)-(3)).' })
export class IssueApiClientInput {
  @Field(() => String, { description: 'Name of the calling system.' })
  name!: string;

  @Field(() => String, { description: 'Agency that runs it.' })
  agency!: string;

  @Field(() => [ApiScopeInput], { description: 'Service groups it may use.' })
  scopes!: ApiScopeInput[];

  @Field(() => ID, { nullable: true, description: 'Limit it to the provinces of this office; omit for nationwide access.' })
  officeCode?: string;

  @Field(() => Int, { defaultValue: 1000, description: 'Calls allowed per hour.' })
  callsPerHour: number = 1000;

  @Field(() => Int, { defaultValue: 10000, description: 'Calls allowed per day.' })
  callsPerDay: number = 10000;

  @Field(() => Int, { defaultValue: 100, description: 'Most rows (first/last) one list may ask for.' })
  maxRowsPerRequest: number = 100;

  @Field(() => Int, { nullable: true, description: 'Days until the secret expires; omit for no expiry.' })
  validDays?: number;
}

@InputType({ description: 'New quotas or scopes of an API client; omitted fields stay as they are.' })
export class UpdateApiClientInput {
  @Field(() => ID, { description: 'Id of the API client.' })
  id!: string;

  @Field(() => [ApiScopeInput], { nullable: true, description: 'Service groups it may use.' })
  scopes?: ApiScopeInput[];

  @Field(() => Int, { nullable: true, description: 'Calls allowed per hour.' })
  callsPerHour?: number;

  @Field(() => Int, { nullable: true, description: 'Calls allowed per day.' })
  callsPerDay?: number;

  @Field(() => Int, { nullable: true, description: 'Most rows one list may ask for.' })
  maxRowsPerRequest?: number;
}

@InputType({ description: 'Which API client to renew or revoke.' })
export class ApiClientRefInput {
  @Field(() => ID, { description: 'Id of the API client.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'For renewal: days until the new secret expires; omit for no expiry.' })
  validDays?: number;
}

@ObjectType({ description: 'The outcome of issuing or renewing credentials: the secret is shown this once only.' })
export class ApiCredentialsPayload {
  @Field(() => ApiClient, { nullable: true, description: 'The API client.' })
  apiClient!: ApiClient | null;

  @Field(() => String, { nullable: true, description: 'The API key (send as `x-api-key`); equals `<clientId>.<clientSecret>`. Shown once.' })
  apiKey!: string | null;

  @Field(() => String, { nullable: true, description: 'The client secret, for `Authorization: Basic base64(clientId:clientSecret)`. Shown once.' })
  clientSecret!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The outcome of a change to an API client.' })
export class ApiClientPayload {
  @Field(() => ApiClient, { nullable: true, description: 'The API client after the change.' })
  apiClient!: ApiClient | null;

  @Field(() => [UserError], { description: 'Problems with the input.' })
  userErrors!: UserError[];
}

@Directive('@inaccessible')
@InputType({ description: 'Credentials the router received (router only).' })
export class AuthenticateApiClientInput {
  @Field(() => String, { description: 'Client id.' })
  clientId!: string;

  @Field(() => String, { description: 'Client secret.' })
  secret!: string;
}

@Directive('@inaccessible')
@ObjectType({ description: 'What the router needs to admit an API client (router only).' })
export class ApiClientGrant {
  @Field(() => ID, { description: 'Id of the client.' })
  id!: string;

  @Field(() => String, { description: 'Client id.' })
  clientId!: string;

  @Field(() => String, { description: 'Name of the system.' })
  name!: string;

  @Field(() => String, { description: 'Agency.' })
  agency!: string;

  @Field(() => [ApiScope], { description: 'Service groups and levels.' })
  scopes!: ApiScope[];

  @Field(() => [String], { nullable: true, description: 'Provinces it may see; null for all.' })
  provinceCodes!: string[] | null;

  @Field(() => Int, { description: 'Calls per hour.' })
  callsPerHour!: number;

  @Field(() => Int, { description: 'Calls per day.' })
  callsPerDay!: number;

  @Field(() => Int, { description: 'Rows per list.' })
  maxRowsPerRequest!: number;
}

@Directive('@inaccessible')
@InputType({ description: 'Calls of one client to one service in one hour (router only).' })
export class ApiUsageEntryInput {
  @Field(() => ID, { description: 'Id of the client.' })
  clientId!: string;

  @Field(() => Date, { description: 'Start of the hour.' })
  hour!: Date;

  @Field(() => String, { description: 'Service group called.' })
  service!: string;

  @Field(() => Int, { description: 'Calls answered.' })
  calls!: number;

  @Field(() => Int, { description: 'Calls answered with errors.' })
  errors!: number;

  @Field(() => Int, { description: 'Calls refused (quota, limits, rights).' })
  rejected!: number;
}

@Directive('@inaccessible')
@InputType({ description: 'An event the router saw and audits: a refused credential or operation, an exhausted quota, an export (router only).' })
export class RouterAuditEventInput {
  @Field(() => String, { description: 'Kind, e.g. QUOTA_EXCEEDED, ACCESS_DENIED, EXPORT.' })
  kind!: string;

  @Field(() => Boolean, { description: 'False for refusals.' })
  success!: boolean;

  @Field(() => String, { description: 'user, api-client, system or anonymous.' })
  actorKind!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the user or client.' })
  actorId?: string;

  @Field(() => String, { description: 'Username or client name.' })
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'Kind of thing concerned.' })
  subjectType?: string;

  @Field(() => String, { nullable: true, description: 'Id of the thing concerned.' })
  subjectId?: string;

  @Field(() => String, { description: 'Details as JSON text.' })
  detail!: string;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;
}

@Directive('@inaccessible')
@InputType({ description: 'Usage counters and security events to add (router only).' })
export class RecordApiUsageInput {
  @Field(() => [ApiUsageEntryInput], { description: 'Counters.' })
  entries!: ApiUsageEntryInput[];

  @Field(() => [RouterAuditEventInput], { nullable: true, description: 'Events to audit.' })
  events?: RouterAuditEventInput[];
}

export enum UsagePeriod {
  HOUR = 'HOUR',
  DAY = 'DAY',
}
registerEnumType(UsagePeriod, {
  name: 'UsagePeriod',
  description: 'How usage statistics are grouped in time (Thai time).',
  valuesConfig: { HOUR: { description: 'Per hour.' }, DAY: { description: 'Per day.' } },
});

export enum ExportFormat {
  CSV = 'CSV',
}
registerEnumType(ExportFormat, {
  name: 'IdentityExportFormat',
  description: 'File format of an identity export (audit trail, API usage).',
  valuesConfig: { CSV: { description: 'Comma-separated values, UTF-8 with a byte-order mark (opens in Excel with Thai intact).' } },
});

@InputType({ description: 'Which usage statistics to report (004 §4.5.11 (5)).' })
export class ApiUsageFilter {
  @Field(() => Date, { description: 'From this time (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'Up to this time (exclusive).' })
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'Only this API client.' })
  apiClientId?: string;

  @Field(() => String, { nullable: true, description: 'Only this agency.' })
  agency?: string;

  @Field(() => UsagePeriod, { defaultValue: UsagePeriod.DAY, description: 'Group per hour or per day.' })
  period: UsagePeriod = UsagePeriod.DAY;
}

@ObjectType({ description: 'Calls of one API client to one service group in one period.' })
export class ApiUsageStat {
  @Field(() => Date, { description: 'Start of the period.' })
  periodStart!: Date;

  @Field(() => ApiClient, { description: 'The API client.' })
  apiClient!: ApiClient;

  @Field(() => String, { description: 'Service group called (function), or "-" for calls refused before routing.' })
  service!: string;

  @Field(() => Int, { description: 'Calls answered.' })
  calls!: number;

  @Field(() => Int, { description: 'Calls answered with at least one error.' })
  errors!: number;

  @Field(() => Int, { description: 'Calls refused: quota exceeded, operation limits, missing rights.' })
  rejected!: number;
}

@InputType({ description: 'Usage statistics to export as a file.' })
export class ExportApiUsageInput {
  @Field(() => ApiUsageFilter, { description: 'Which statistics.' })
  filter!: ApiUsageFilter;

  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV, description: 'File format.' })
  format: ExportFormat = ExportFormat.CSV;
}

@ObjectType({ description: 'An exported file, and the problems if there was none.' })
export class ExportPayload {
  @Field(() => String, { nullable: true, description: 'Suggested file name.' })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: 'MIME type, e.g. text/csv; charset=utf-8.' })
  contentType!: string | null;

  @Field(() => String, { nullable: true, description: 'The file content (text formats as they are).' })
  content!: string | null;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rowCount!: number;

  @Field(() => [UserError], { description: 'Problems with the input.' })
  userErrors!: UserError[];
}
