import { Arg, Args, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import {
  AccessLevel, ConnectionType, PageArgs, SortDirection, UUID_PATTERN, allOf, badInput, paginate, requireAccess, type Connection, type Principal, type SubgraphContext,
} from '@metrograph/kit';
import { InstrumentImport, InstrumentImportError, InstrumentImportStatus } from './import.entity.js';

@ObjectType({ description: 'A page of instrument imports.' })
export class InstrumentImportConnection extends ConnectionType(InstrumentImport, 'InstrumentImport') {}

@ObjectType({ description: 'A page of the problems found in an instrument import, by row.' })
export class InstrumentImportErrorConnection extends ConnectionType(InstrumentImportError, 'InstrumentImportError') {}

/** Imports a caller may see: their own, their office's, or every one for HQ-wide callers. */
export function visibleImports(principal: Principal): Record<string, unknown> | null {
  if (principal.kind === 'system' || principal.provinceCodes === null) return null;
  const own: Record<string, unknown>[] = [];
  if (principal.id) own.push({ createdById: principal.id });
  if (principal.officeCode) own.push({ officeCode: principal.officeCode });
  return own.length > 0 ? { $or: own } : { id: null };
}

@Resolver(() => InstrumentImport)
export class InstrumentImportResolver {
  @Query(() => InstrumentImport, { nullable: true, description: 'One instrument import by the id its upload returned (POST /imports/instruments), with its status, counts and row errors; null when it does not exist or is not yours to see.' })
  async instrumentImport(@Arg('id', () => ID, { description: 'Import id.' }) id: string, @Ctx() { em, principal }: SubgraphContext): Promise<InstrumentImport | null> {
    requireAccess(principal, 'registry', AccessLevel.VIEW);
    if (!UUID_PATTERN.test(id)) throw badInput('id', 'is not an import id');
    return em.findOne(InstrumentImport, allOf({ id }, visibleImports(principal)) as FilterQuery<InstrumentImport>);
  }

  @Query(() => InstrumentImportConnection, { description: 'Instrument imports the caller may see (their own and their office\'s; all for HQ), newest first.' })
  instrumentImports(
    @Arg('status', () => InstrumentImportStatus, { nullable: true, description: 'Only imports in this status.' }) status: InstrumentImportStatus | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Connection<InstrumentImport>> {
    requireAccess(principal, 'registry', AccessLevel.VIEW);
    return paginate(em, InstrumentImport, allOf(status ? { status } : null, visibleImports(principal)) as FilterQuery<InstrumentImport>, [{ field: 'createdAt', direction: SortDirection.DESC }], page);
  }

  @FieldResolver(() => InstrumentImportErrorConnection, { description: 'Every problem found, by row then column order of discovery; paginate to read them all.' })
  errors(
    @Root() job: InstrumentImport,
    @Arg('fromRow', () => Int, { nullable: true, description: 'Only problems of this row and later rows.' }) fromRow: number | undefined,
    @Arg('code', () => String, { nullable: true, description: 'Only problems with this code, e.g. ALREADY_REGISTERED.' }) code: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: SubgraphContext,
  ): Promise<Connection<InstrumentImportError>> {
    return paginate(
      em,
      InstrumentImportError,
      allOf({ import: job.id }, fromRow != null ? { rowNumber: { $gte: fromRow } } : null, code ? { code } : null) as FilterQuery<InstrumentImportError>,
      [{ field: 'rowNumber', direction: SortDirection.ASC }, { field: 'sequence', direction: SortDirection.ASC }],
      page,
    );
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Milliseconds from receiving the file to the outcome; null while PROCESSING.' })
  durationMs(@Root() job: InstrumentImport): number | null {
    return job.finishedAt ? job.finishedAt.getTime() - job.createdAt.getTime() : null;
  }
}
