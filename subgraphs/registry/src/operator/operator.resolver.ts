import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { areaCondition } from '@metrograph/kit';
import {
  ConnectionType, PageArgs, SortDirection, allOf, badInput, paginate, searchCondition, selectsField, sortKeys,
  type Connection, type SubgraphContext,
} from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Operator } from './operator.entity.js';
import { OperatorFilter, OperatorOrder } from './operator.input.js';
import { operatorsRead, resolveOperatorReference } from './operator.reference.js';
import { Province, provinceRef } from '../province/province.js';

@ObjectType({ description: 'A page of operators.' })
export class OperatorConnection extends ConnectionType(Operator, 'Operator') {}

export function operatorWhere(filter: OperatorFilter | undefined): FilterQuery<Operator> {
  return allOf(
    filter?.kinds?.length ? { kind: { $in: filter.kinds } } : null,
    filter?.statuses?.length ? { status: { $in: filter.statuses } } : null,
    filter?.provinceCodes ? { provinceCode: { $in: filter.provinceCodes } } : null,
    searchCondition(['nameTh', 'nameEn', 'registrationNo', 'taxId'], filter?.search),
  ) as FilterQuery<Operator>;
}

@Resolver(() => Operator)
export class OperatorResolver {
  @Query(() => OperatorConnection, { description: 'Registered operators, filtered and sorted (default: Thai name).' })
  async operators(
    @Arg('filter', () => OperatorFilter, { nullable: true, description: 'Conditions the operators must meet.' }) filter: OperatorFilter | undefined,
    @Arg('orderBy', () => [OperatorOrder], { nullable: true, description: 'Sort keys, most significant first.' }) orderBy: OperatorOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Operator>> {
    const { em, principal } = ctx;
    const where = allOf(operatorWhere(filter) as Record<string, unknown>, areaCondition(principal)) as FilterQuery<Operator>;
    const connection = await paginate(em, Operator, where, sortKeys(orderBy, [{ field: 'nameTh', direction: SortDirection.ASC }]), page, {
      readOnly: true,
      countWithPage: selectsField(info, 'totalCount'),
    });
    operatorsRead(ctx, connection.edges.map((e) => e.node));
    return connection;
  }

  @Query(() => Operator, { nullable: true, description: 'One operator by id, or null if there is none.' })
  operator(@Arg('id', () => ID, { description: 'Operator id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<Operator | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw badInput('id', 'must be a UUID');
    return resolveOperatorReference({ id }, ctx);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'Province of the registered place of business; null only while the identity service is unreachable.' })
  province(@Root() operator: Operator): Province {
    return provinceRef(operator.provinceCode);
  }
}
