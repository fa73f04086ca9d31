import { Arg, Args, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { AccessLevel, ConnectionType, PageArgs, SortDirection, allOf, paginate, requireAccess, userError, type Connection, type SubgraphContext } from '@metrograph/kit';
import { AuditEvent } from './audit-event.entity.js';
import { audit } from './audit.service.js';
import { toCsv } from './csv.js';
import { ExportFormat, ExportPayload } from '../api-client/api-client.input.js';
import { AppFunction } from '../access/functions.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

@InputType({ description: 'Which audit events to list; all conditions must hold.' })
export class AuditEventFilter {
  @Field(() => [String], { nullable: true, description: 'Only these kinds, e.g. ["SIGN_IN_FAILED", "LOCKED"].' })
  kinds?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Only successful (true) or refused (false) events.' })
  success?: boolean;

  @Field(() => String, { nullable: true, description: 'Only events of this actor (username or client name, exact).' })
  actorName?: string;

  @Field(() => ID, { nullable: true, description: 'Only events of this actor id.' })
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'Only events about this thing (user id, role code, client id).' })
  subjectId?: string;

  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Up to this time (exclusive).' })
  to?: Date;
}

@InputType({ description: 'Audit events to export as a file (002 §4.7.8-4.7.9).' })
export class ExportAuditEventsInput {
  @Field(() => AuditEventFilter, { nullable: true, description: 'Which events.' })
  filter?: AuditEventFilter;

  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV, description: 'File format.' })
  format: ExportFormat = ExportFormat.CSV;
}

const MAX_EXPORT_ROWS = 50_000;

function condition(filter: AuditEventFilter | undefined): FilterQuery<AuditEvent> {
  return allOf(
    filter?.kinds?.length ? { kind: { $in: filter.kinds } } : null,
    filter?.success != null ? { success: filter.success } : null,
    filter?.actorName ? { actorName: filter.actorName } : null,
    filter?.actorId ? { actorId: filter.actorId } : null,
    filter?.subjectId ? { subjectId: filter.subjectId } : null,
    filter?.from ? { at: { $gte: filter.from } } : null,
    filter?.to ? { at: { $lt: filter.to } } : null,
  ) as FilterQuery<AuditEvent>;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first (002 §4.7.6-4.7.10). Needs VIEW on audit.' })
  auditEvents(
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Conditions the events must meet.' }) filter: AuditEventFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<AuditEvent>> {
    requireAccess(ctx.principal, AppFunction.AUDIT, AccessLevel.VIEW);
    return paginate(ctx.em, AuditEvent, condition(filter), [{ field: 'at', direction: SortDirection.DESC }], page);
  }

  @Mutation(() => ExportPayload, { description: 'Exports audit events as a file; the export itself is audited. Needs VIEW on audit.' })
  async exportAuditEvents(@Arg('input', () => ExportAuditEventsInput, { description: 'What to export.' }) input: ExportAuditEventsInput, @Ctx() ctx: SubgraphContext): Promise<ExportPayload> {
    requireAccess(ctx.principal, AppFunction.AUDIT, AccessLevel.VIEW);
    if (input.filter?.actorId && !UUID.test(input.filter.actorId) && input.filter.actorId.length > 64) {
      return { fileName: null, contentType: null, content: null, rowCount: 0, userErrors: [userError(['input', 'filter', 'actorId'], 'INVALID_FORMAT', 'Too long.')] };
    }
    const where = condition(input.filter);
    const total = await ctx.em.count(AuditEvent, where);
    if (total > MAX_EXPORT_ROWS) {
      return { fileName: null, contentType: null, content: null, rowCount: 0, userErrors: [userError(['input', 'filter'], 'TOO_MANY_ROWS', `${total} events match; narrow the filter to at most ${MAX_EXPORT_ROWS}.`)] };
    }
    const events = await ctx.em.find(AuditEvent, where, { orderBy: { at: 'desc', id: 'desc' } });
    const content = toCsv(
      ['at', 'kind', 'success', 'actor_kind', 'actor_id', 'actor_name', 'subject_type', 'subject_id', 'detail'],
      events.map((e) => [e.at, e.kind, e.success, e.actorKind, e.actorId, e.actorName, e.subjectType, e.subjectId, e.detail]),
    );
    audit(ctx.em, { kind: 'EXPORT', success: true, actor: { kind: ctx.principal.kind, id: ctx.principal.id, name: ctx.principal.name }, subjectType: 'AuditEvent', detail: { format: input.format, rows: events.length } });
    await ctx.em.flush();
    return { fileName: `audit-${new Date().toISOString().slice(0, 10)}.csv`, contentType: 'text/csv; charset=utf-8', content, rowCount: events.length, userErrors: [] };
  }
}
