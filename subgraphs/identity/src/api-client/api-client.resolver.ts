import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Directive, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import {
  AccessLevel,
  ConnectionType,
  PageArgs,
  SortDirection,
  paginate,
  requireAccess,
  userError,
  type Connection,
  type SubgraphContext,
  type UserError,
} from '@metrograph/kit';
import { ApiClient, ApiClientStatus } from './api-client.entity.js';
import {
  ApiClientGrant,
  ApiClientPayload,
  ApiClientRefInput,
  ApiCredentialsPayload,
  ApiScope,
  ApiScopeInput,
  ApiUsageFilter,
  ApiUsageStat,
  AuthenticateApiClientInput,
  ExportApiUsageInput,
  ExportPayload,
  IssueApiClientInput,
  RecordApiUsageInput,
  UpdateApiClientInput,
  UsagePeriod,
} from './api-client.input.js';
import { hashSecret, newClientId, newSecret, secretMatches } from './api-client.service.js';
import { AppFunction } from '../access/functions.js';
import { audit, auditNow } from '../audit/audit.service.js';
import { officeProvinces } from '../access/principal.service.js';
import { Office } from '../office/office.entity.js';
import { toCsv } from '../audit/csv.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';

@ObjectType({ description: 'A page of API clients.' })
export class ApiClientConnection extends ConnectionType(ApiClient, 'ApiClient') {}


function actorOf(ctx: SubgraphContext) {
  return { kind: ctx.principal.kind, id: ctx.principal.id, name: ctx.principal.name };
}

function requireSystem(ctx: SubgraphContext): void {
  if (ctx.principal.kind !== 'system') throw new GraphQLError('Forbidden: only the router may call this', { extensions: { code: 'FORBIDDEN' } });
}

function scopesOf(input: ApiScopeInput[]): Record<string, number> {
  const scopes: Record<string, number> = {};
  for (const s of input) {
    const level = s.level ?? AccessLevel.VIEW;
    if (level > AccessLevel.NO_ACCESS) scopes[s.function] = level;
  }
  return scopes;
}

function quotaErrors(input: { callsPerHour?: number | null; callsPerDay?: number | null; maxRowsPerRequest?: number | null }): UserError[] {
  const errors: UserError[] = [];
  for (const field of ['callsPerHour', 'callsPerDay', 'maxRowsPerRequest'] as const) {
    const value = input[field];
    if (value != null && (value < 1 || value > 10_000_000)) errors.push(userError(['input', field], 'OUT_OF_RANGE', 'Must be between 1 and 10,000,000.'));
  }
  if (input.maxRowsPerRequest != null && input.maxRowsPerRequest > 100) errors.push(userError(['input', 'maxRowsPerRequest'], 'OUT_OF_RANGE', 'Lists return at most 100 rows.'));
  return errors;
}

function expiry(validDays: number | null | undefined): Date | null {
  return validDays ? new Date(Date.now() + validDays * 86_400_000) : null;
}

interface UsageRow {
  period_start: Date;
  client_id: string;
  service: string;
  calls: number;
  errors: number;
  rejected: number;
}

async function usageRows(ctx: SubgraphContext, filter: ApiUsageFilter): Promise<UsageRow[]> {
  const unit = filter.period === UsagePeriod.HOUR ? 'hour' : 'day';
  const params: unknown[] = [unit, filter.from.toISOString(), filter.to.toISOString()];
  let where = 'u.hour >= ?::timestamptz and u.hour < ?::timestamptz';
  if (filter.apiClientId) {
    if (!UUID.test(filter.apiClientId)) return [];
    where += ' and u.client_id = ?';
    params.push(filter.apiClientId);
  }
  if (filter.agency) {
    where += ' and c.agency = ?';
    params.push(filter.agency);
  }
  const rows = (await ctx.em.getConnection().execute(
    `select (date_trunc(?, u.hour at time zone 'Asia/Bangkok') at time zone 'Asia/Bangkok') as period_start,
            u.client_id, u.service, sum(u.calls)::int as calls, sum(u.errors)::int as errors, sum(u.rejected)::int as rejected
       from "identity"."api_usage" u join "identity"."api_client" c on c.id = u.client_id
      where ${where}
      group by 1, c.agency, c.name, u.client_id, u.service
      order by 1, c.agency, c.name, u.service`,
    params,
  )) as UsageRow[];
  return rows.map((r) => ({ ...r, period_start: new Date(r.period_start) }));
}

@Resolver(() => ApiClient)
export class ApiClientResolver {
  @Query(() => ApiClientConnection, { description: 'API clients of integrating agencies, by agency and name. Needs VIEW on api-clients.' })
  apiClients(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext): Promise<Connection<ApiClient>> {
    requireAccess(ctx.principal, AppFunction.API_CLIENTS, AccessLevel.VIEW);
    return paginate(ctx.em, ApiClient, {}, [
      { field: 'agency', direction: SortDirection.ASC },
      { field: 'name', direction: SortDirection.ASC },
    ], page);
  }

  @FieldResolver(() => [ApiScope], { description: 'Service groups it may use and its level on each (004 §4.5.11 (2)).' })
  scopes(@Root() client: ApiClient): ApiScope[] {
    return Object.entries(client.scopes).map(([fn, level]) => Object.assign(new ApiScope(), { function: fn as AppFunction, level }));
  }

  @Query(() => [ApiUsageStat], { description: 'Calls per API client, service group and period, with errors and refusals (004 §4.5.11 (5)). Needs VIEW on api-clients.' })
  async apiUsage(@Arg('filter', () => ApiUsageFilter, { description: 'Period and clients.' }) filter: ApiUsageFilter, @Ctx() ctx: SubgraphContext): Promise<ApiUsageStat[]> {
    requireAccess(ctx.principal, AppFunction.API_CLIENTS, AccessLevel.VIEW);
    const rows = await usageRows(ctx, filter);
    const clients = await ctx.em.find(ApiClient, { id: { $in: [...new Set(rows.map((r) => r.client_id))] } });
    const byId = new Map(clients.map((c) => [c.id, c]));
    return rows.map((r) => Object.assign(new ApiUsageStat(), { periodStart: r.period_start, apiClient: byId.get(r.client_id)!, service: r.service, calls: r.calls, errors: r.errors, rejected: r.rejected }));
  }

  @Mutation(() => ExportPayload, { description: 'Exports usage statistics as a file; the export is audited. Needs VIEW on api-clients.' })
  async exportApiUsage(@Arg('input', () => ExportApiUsageInput, { description: 'What to export.' }) input: ExportApiUsageInput, @Ctx() ctx: SubgraphContext): Promise<ExportPayload> {
    requireAccess(ctx.principal, AppFunction.API_CLIENTS, AccessLevel.VIEW);
    if (input.filter.to <= input.filter.from) {
      return { fileName: null, contentType: null, content: null, rowCount: 0, userErrors: [userError(['input', 'filter', 'to'], 'OUT_OF_RANGE', 'Must be after from.')] };
    }
    const rows = await usageRows(ctx, input.filter);
    const clients = await ctx.em.find(ApiClient, { id: { $in: [...new Set(rows.map((r) => r.client_id))] } });
    const byId = new Map(clients.map((c) => [c.id, c]));
    const content = toCsv(
      ['period_start', 'agency', 'system', 'client_id', 'service', 'calls', 'errors', 'rejected'],
      rows.map((r) => [r.period_start, byId.get(r.client_id)?.agency, byId.get(r.client_id)?.name, byId.get(r.client_id)?.clientId, r.service, r.calls, r.errors, r.rejected]),
    );
    audit(ctx.em, { kind: 'EXPORT', success: true, actor: actorOf(ctx), subjectType: 'ApiUsage', detail: { format: input.format, rows: rows.length, from: input.filter.from, to: input.filter.to } });
    await ctx.em.flush();
    const day = new Date().toISOString().slice(0, 10);
    return { fileName: `api-usage-${day}.csv`, contentType: 'text/csv; charset=utf-8', content, rowCount: rows.length, userErrors: [] };
  }

  @Mutation(() => ApiCredentialsPayload, { description: 'Registers an API client and issues its credentials (004 §4.5.11 (1)). Needs CREATE on api-clients.' })
  async issueApiClient(@Arg('input', () => IssueApiClientInput, { description: 'The client.' }) input: IssueApiClientInput, @Ctx() ctx: SubgraphContext): Promise<ApiCredentialsPayload> {
    requireAccess(ctx.principal, AppFunction.API_CLIENTS, AccessLevel.CREATE);
    const errors = quotaErrors(input);
    if (!input.name.trim()) errors.push(userError(['input', 'name'], 'REQUIRED', 'Name the system.'));
    if (!input.agency.trim()) errors.push(userError(['input', 'agency'], 'REQUIRED', 'Name the agency.'));
    if (input.scopes.length === 0) errors.push(userError(['input', 'scopes'], 'REQUIRED', 'Give at least one service group.'));
    if (input.officeCode && !(await ctx.em.count(Office, { code: input.officeCode }))) errors.push(userError(['input', 'officeCode'], 'NOT_FOUND', 'No such office.'));
    if (input.validDays != null && input.validDays < 1) errors.push(userError(['input', 'validDays'], 'OUT_OF_RANGE', 'At least one day.'));
    if (errors.length) return { apiClient: null, apiKey: null, clientSecret: null, userErrors: errors };
    const clientId = newClientId();
    const secret = newSecret();
    const now = new Date();
    const client = ctx.em.create(ApiClient, {
      id: randomUUID(),
      clientId,
      name: input.name.trim(),
      agency: input.agency.trim(),
      secretHash: hashSecret(secret),
      scopes: scopesOf(input.scopes),
      officeCode: input.officeCode ?? null,
      callsPerHour: input.callsPerHour,
      callsPerDay: input.callsPerDay,
      maxRowsPerRequest: input.maxRowsPerRequest,
      status: ApiClientStatus.ACTIVE,
      createdAt: now,
      secretIssuedAt: now,
      expiresAt: expiry(input.validDays),
    });
    audit(ctx.em, { kind: 'API_CLIENT_ISSUED', success: true, actor: actorOf(ctx), subjectType: 'ApiClient', subjectId: client.id, detail: { clientId, agency: client.agency, scopes: client.scopes } });
    await ctx.em.flush();
    return { apiClient: client, apiKey: `${clientId}.${secret}`, clientSecret: secret, userErrors: [] };
  }

  @Mutation(() => ApiCredentialsPayload, { description: 'Issues a new secret for an API client; the old one stops working (004 §4.5.11 (1)). Needs EDIT on api-clients.' })
  async renewApiClientSecret(@Arg('input', () => ApiClientRefInput, { description: 'The client.' }) input: ApiClientRefInput, @Ctx() ctx: SubgraphContext): Promise<ApiCredentialsPayload> {
    requireAccess(ctx.principal, AppFunction.API_CLIENTS, AccessLevel.EDIT);
    const client = UUID.test(input.id) ? await ctx.em.findOne(ApiClient, { id: input.id }) : null;
    if (!client) return { apiClient: null, apiKey: null, clientSecret: null, userErrors: [userError(['input', 'id'], 'NOT_FOUND', 'No such API client.')] };
    if (client.status === ApiClientStatus.REVOKED) return { apiClient: client, apiKey: null, clientSecret: null, userErrors: [userError(['input', 'id'], 'REVOKED', 'A revoked client cannot be renewed; issue a new one.')] };
    const secret = newSecret();
    client.secretHash = hashSecret(secret);
    client.secretIssuedAt = new Date();
    client.expiresAt = expiry(input.validDays);
    audit(ctx.em, { kind: 'API_CLIENT_RENEWED', success: true, actor: actorOf(ctx), subjectType: 'ApiClient', subjectId: client.id, detail: { clientId: client.clientId } });
    await ctx.em.flush();
    return { apiClient: client, apiKey: `${client.clientId}.${secret}`, clientSecret: secret, userErrors: [] };
  }

  @Mutation(() => ApiClientPayload, { description: 'Revokes an API client: its credentials are refused from now on. Needs FULL_CONTROL on api-clients.' })
  async revokeApiClient(@Arg('input', () => ApiClientRefInput, { description: 'The client.' }) input: ApiClientRefInput, @Ctx() ctx: SubgraphContext): Promise<ApiClientPayload> {
    requireAccess(ctx.principal, AppFunction.API_CLIENTS, AccessLevel.FULL_CONTROL);
    const client = UUID.test(input.id) ? await ctx.em.findOne(ApiClient, { id: input.id }) : null;
    if (!client) return { apiClient: null, userErrors: [userError(['input', 'id'], 'NOT_FOUND', 'No such API client.')] };
    client.status = ApiClientStatus.REVOKED;
    client.revokedAt = new Date();
    audit(ctx.em, { kind: 'API_CLIENT_REVOKED', success: true, actor: actorOf(ctx), subjectType: 'ApiClient', subjectId: client.id, detail: { clientId: client.clientId } });
    await ctx.em.flush();
    return { apiClient: client, userErrors: [] };
  }

  @Mutation(() => ApiClientPayload, { description: 'Changes the scopes or quotas of an API client (004 §4.5.11 (2)-(4)). Needs EDIT on api-clients.' })
  async updateApiClient(@Arg('input', () => UpdateApiClientInput, { description: 'The changes.' }) input: UpdateApiClientInput, @Ctx() ctx: SubgraphContext): Promise<ApiClientPayload> {
    requireAccess(ctx.principal, AppFunction.API_CLIENTS, AccessLevel.EDIT);
    const client = UUID.test(input.id) ? await ctx.em.findOne(ApiClient, { id: input.id }) : null;
    if (!client) return { apiClient: null, userErrors: [userError(['input', 'id'], 'NOT_FOUND', 'No such API client.')] };
    const errors = quotaErrors(input);
    if (errors.length) return { apiClient: null, userErrors: errors };
    const before = { scopes: client.scopes, callsPerHour: client.callsPerHour, callsPerDay: client.callsPerDay, maxRowsPerRequest: client.maxRowsPerRequest };
    if (input.scopes) client.scopes = scopesOf(input.scopes);
    if (input.callsPerHour != null) client.callsPerHour = input.callsPerHour;
    if (input.callsPerDay != null) client.callsPerDay = input.callsPerDay;
    if (input.maxRowsPerRequest != null) client.maxRowsPerRequest = input.maxRowsPerRequest;
    const after = { scopes: client.scopes, callsPerHour: client.callsPerHour, callsPerDay: client.callsPerDay, maxRowsPerRequest: client.maxRowsPerRequest };
    audit(ctx.em, { kind: 'API_CLIENT_CHANGED', success: true, actor: actorOf(ctx), subjectType: 'ApiClient', subjectId: client.id, detail: { before, after } });
    await ctx.em.flush();
    return { apiClient: client, userErrors: [] };
  }

  @Directive('@inaccessible')
  @Mutation(() => ApiClientGrant, { nullable: true, description: 'Checks API credentials for the router; null when they are refused (router only).' })
  async authenticateApiClient(@Arg('input', () => AuthenticateApiClientInput, { description: 'Credentials.' }) input: AuthenticateApiClientInput, @Ctx() ctx: SubgraphContext): Promise<ApiClientGrant | null> {
    requireSystem(ctx);
    const client = /^mgc_[0-9a-f]{12}$/.test(input.clientId) ? await ctx.em.findOne(ApiClient, { clientId: input.clientId }) : null;
    const refuse = async (reason: string) => {
      await auditNow(ctx.em, { kind: 'API_KEY_REJECTED', success: false, actor: { kind: 'api-client', id: client?.id ?? null, name: client?.name ?? input.clientId.slice(0, 60) }, subjectType: 'ApiClient', subjectId: client?.id, detail: { reason } });
      return null;
    };
    if (!client) return refuse('UNKNOWN_CLIENT');
    if (!secretMatches(input.secret, client.secretHash)) return refuse('WRONG_SECRET');
    if (client.status === ApiClientStatus.REVOKED) return refuse('REVOKED');
    if (client.expiresAt && client.expiresAt.getTime() <= Date.now()) return refuse('EXPIRED');
    client.lastUsedAt = new Date();
    audit(ctx.em, { kind: 'API_KEY_USED', success: true, actor: { kind: 'api-client', id: client.id, name: client.name }, subjectType: 'ApiClient', subjectId: client.id, detail: { clientId: client.clientId } });
    await ctx.em.flush();
    return Object.assign(new ApiClientGrant(), {
      id: client.id,
      clientId: client.clientId,
      name: client.name,
      agency: client.agency,
      scopes: this.scopes(client),
      provinceCodes: client.officeCode ? await officeProvinces(ctx.em, client.officeCode) : null,
      callsPerHour: client.callsPerHour,
      callsPerDay: client.callsPerDay,
      maxRowsPerRequest: client.maxRowsPerRequest,
    });
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: 'Adds usage counters and audit events the router collected (router only).' })
  async recordApiUsage(@Arg('input', () => RecordApiUsageInput, { description: 'Counters and events.' }) input: RecordApiUsageInput, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    requireSystem(ctx);
    await ctx.em.transactional(async (tx) => {
      for (const e of input.entries) {
        if (!UUID.test(e.clientId)) continue;
        await tx.getConnection().execute(
          `insert into "identity"."api_usage" (client_id, hour, service, calls, errors, rejected)
           select ?, date_trunc('hour', ?::timestamptz), ?, ?, ?, ? where exists (select 1 from "identity"."api_client" where id = ?)
           on conflict (client_id, hour, service) do update
             set calls = api_usage.calls + excluded.calls, errors = api_usage.errors + excluded.errors, rejected = api_usage.rejected + excluded.rejected`,
          [e.clientId, e.hour.toISOString(), e.service.slice(0, 40), e.calls, e.errors, e.rejected, e.clientId],
          'run',
          tx.getTransactionContext(),
        );
      }
      for (const event of input.events ?? []) {
        let detail: Record<string, unknown>;
        try {
          detail = JSON.parse(event.detail) as Record<string, unknown>;
        } catch {
          detail = { text: event.detail };
        }
        const recorded = audit(tx, {
          kind: event.kind.slice(0, 40),
          success: event.success,
          actor: { kind: (['user', 'api-client', 'system', 'anonymous'].includes(event.actorKind) ? event.actorKind : 'anonymous') as 'user', id: event.actorId ?? null, name: event.actorName },
          subjectType: event.subjectType,
          subjectId: event.subjectId,
          detail,
        });
        recorded.at = event.at;
      }
    });
    return true;
  }
}
