import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { areaCondition } from '@metrograph/kit';
import {
  allOf, badInput, childConnection, ConnectionType, PageArgs, paginate, searchCondition, selectsField, SortDirection, sortKeys, type Connection, type SubgraphContext,
} from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Instrument } from './instrument.entity.js';
import { InstrumentFilter, InstrumentOrder } from './instrument.input.js';
import { CertificateStatus, certificateStatus, expiryRangeFor, isValidInstrumentNo } from './instrument.service.js';
import { Operator } from '../operator/operator.entity.js';
import { operatorById } from '../operator/operator.reference.js';
import { Province, provinceRef } from '../province/province.js';

@ObjectType({ description: 'A page of instruments.' })
export class InstrumentConnection extends ConnectionType(Instrument, 'Instrument') {}

function certificateCondition(statuses: CertificateStatus[] | undefined, today = new Date()): Record<string, unknown> | null {
  if (!statuses?.length) return null;
  const alternatives = statuses.map((status) => {
    const { from, to } = expiryRangeFor(status, today);
    const range: Record<string, string> = {};
    if (from) range.$gte = from;
    if (to) range.$lte = to;
    const inRange = { certificateExpiresOn: range };
    return status === CertificateStatus.EXPIRED ? { $or: [inRange, { certificateExpiresOn: null }] } : inRange;
  });
  return { $or: alternatives };
}

export function instrumentWhere(filter: InstrumentFilter | undefined): FilterQuery<Instrument> {
  return allOf(
    filter?.ownerId ? { owner: filter.ownerId } : null,
    filter?.types?.length ? { type: { $in: filter.types } } : null,
    filter?.provinceCodes ? { provinceCode: { $in: filter.provinceCodes } } : null,
    certificateCondition(filter?.certificateStatuses),
    searchCondition(['instrumentNo', 'serialNo', 'brand', 'model', 'placeName'], filter?.search),
  ) as FilterQuery<Instrument>;
}

const DEFAULT_SORT = [{ field: 'instrumentNo', direction: SortDirection.ASC }];

/** What InstrumentResolver's field resolvers read of an instrument, so a list reads only the columns a query needs. */
const INSTRUMENT_FIELD_READS = {
  certificateStatus: ['certificateExpiresOn'],
  owner: ['owner'],
  province: ['provinceCode'],
};

@Resolver(() => Instrument)
export class InstrumentResolver {
  @Query(() => InstrumentConnection, { description: 'Instruments in trade use, filtered and sorted (default: instrument number).' })
  instruments(
    @Arg('filter', () => InstrumentFilter, { nullable: true, description: 'Conditions the instruments must meet.' }) filter: InstrumentFilter | undefined,
    @Arg('orderBy', () => [InstrumentOrder], { nullable: true, description: 'Sort keys, most significant first.' }) orderBy: InstrumentOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, principal }: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Instrument>> {
    const where = allOf(instrumentWhere(filter) as Record<string, unknown>, areaCondition(principal)) as FilterQuery<Instrument>;
    return paginate(em, Instrument, where, sortKeys(orderBy, DEFAULT_SORT), page, { readOnly: true, countWithPage: selectsField(info, 'totalCount') });
  }

  @Query(() => Instrument, { nullable: true, description: 'One instrument by its 20-digit number (as scanned from the QR sticker), or null.' })
  instrumentByNumber(
    @Arg('instrumentNo', () => String, { description: '20-digit instrument number.' }) instrumentNo: string,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Instrument | null> {
    if (!isValidInstrumentNo(instrumentNo)) throw badInput('instrumentNo', 'must be exactly 20 digits');
    return em.findOne(Instrument, allOf({ instrumentNo }, areaCondition(principal)) as never);
  }

  @FieldResolver(() => CertificateStatus, { description: 'Certificate colour today (Thai time): green, yellow ≤60 days, orange ≤30 days, red expired or never verified.' })
  certificateStatus(@Root() instrument: Instrument): CertificateStatus {
    return instrument.certificateExpiresOn ? certificateStatus(instrument.certificateExpiresOn) : CertificateStatus.EXPIRED;
  }

  @FieldResolver(() => Operator, { description: 'The operator who owns the instrument (เจ้าของเครื่อง).' })
  owner(@Root() instrument: Instrument, @Ctx() ctx: SubgraphContext): Operator | Promise<Operator> {
    // an instrument you may see shows its owner, wherever the owner is registered
    const found = (owner: Operator | null) => {
      if (!owner) throw new Error(`owner ${instrument.owner.id} of instrument ${instrument.id} missing`);
      return owner;
    };
    const owner = operatorById(ctx, instrument.owner.id);
    return owner instanceof Promise ? owner.then(found) : found(owner);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'Province where the instrument is installed; null only while the identity service is unreachable.' })
  province(@Root() instrument: Instrument): Province {
    return provinceRef(instrument.provinceCode);
  }
}

@Resolver(() => Operator)
export class OperatorInstrumentsResolver {
  @FieldResolver(() => InstrumentConnection, { nullable: true, description: 'Instruments this operator owns. Batched: the first page for many operators costs one query. Null only while the registry service is unreachable.' })
  async instruments(
    @Root() operator: Operator,
    @Arg('filter', () => InstrumentFilter, { nullable: true, description: 'Conditions the instruments must meet (ownerId is ignored).' }) filter: InstrumentFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, loaders, principal }: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Instrument>> {
    return childConnection({
      em,
      loaders,
      entity: Instrument,
      parentProperty: 'owner',
      parentId: operator.id,
      where: allOf(instrumentWhere({ ...filter, ownerId: undefined }) as Record<string, unknown>, areaCondition(principal)) as FilterQuery<Instrument>,
      whereKey: JSON.stringify(filter ?? {}),
      sort: DEFAULT_SORT,
      page,
      info,
      reads: INSTRUMENT_FIELD_READS,
    });
  }
}
