import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, SortDirection, paginate, sortKeys, type Connection, type SubgraphContext } from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Province } from './province.entity.js';
import { ProvinceFilter, ProvinceOrder, ProvinceOrderField } from './province.input.js';
import { Region } from '../region/region.entity.js';
import { Office } from '../office/office.entity.js';
import { referenceData, referenceDataNow, type ReferenceData } from './reference-cache.js';

@ObjectType({ description: 'A page of provinces.' })
export class ProvinceConnection extends ConnectionType(Province, 'Province') {}

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, { description: 'Provinces, filtered and sorted (default: by code).' })
  async provinces(
    @Arg('filter', () => ProvinceFilter, { nullable: true, description: 'Conditions the provinces must meet.' }) filter: ProvinceFilter | undefined,
    @Arg('orderBy', () => [ProvinceOrder], { nullable: true, description: 'Sort keys, most significant first.' }) orderBy: ProvinceOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: SubgraphContext,
  ): Promise<Connection<Province>> {
    const conditions: unknown[] = [];
    if (filter?.regionCode) conditions.push({ region: filter.regionCode });
    if (filter?.codes) conditions.push({ code: { $in: filter.codes } });
    if (filter?.officeCode) {
      const office = await em.findOne(Office, { code: filter.officeCode }, { populate: ['servedProvinces'] });
      conditions.push({ code: { $in: office ? office.servedProvinces.getItems().map((p) => p.code) : [] } });
    }
    if (filter?.search?.trim()) {
      const like = `%${filter.search.trim()}%`;
      conditions.push({ $or: [{ nameTh: { $ilike: like } }, { nameEn: { $ilike: like } }] });
    }
    const sort = sortKeys(orderBy, [{ field: ProvinceOrderField.CODE, direction: SortDirection.ASC }]);
    return paginate(em, Province, { $and: conditions } as FilterQuery<Province>, sort, page);
  }

  @Query(() => Province, { nullable: true, description: 'One province by its official code, or null if there is none.' })
  province(@Arg('code', () => ID, { description: 'Two-digit province code, e.g. 50.' }) code: string, @Ctx() { em }: SubgraphContext): Promise<Province | null> {
    return em.findOne(Province, { code });
  }

  @FieldResolver(() => Region, { description: 'The region the province belongs to.' })
  region(@Root() province: Province, @Ctx() { rootEm }: SubgraphContext): Region | Promise<Region> {
    const regionOf = (data: ReferenceData) => {
      const region = data.regions.get(province.region.code);
      if (!region) throw new Error(`region ${province.region.code} missing`);
      return region;
    };
    // synchronous once loaded: no promise per province of a list
    const data = referenceDataNow(rootEm);
    return data ? regionOf(data) : referenceData(rootEm).then(regionOf);
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The office whose jurisdiction includes this province.' })
  async servedBy(@Root() province: Province, @Ctx() { em, loaders }: SubgraphContext): Promise<Office | null> {
    return loaders
      .get<string, Office | null>('officeByProvince', async (codes) => {
        const offices = await em.find(Office, { servedProvinces: { code: { $in: [...codes] } } }, { populate: ['servedProvinces'] });
        return codes.map((c) => offices.find((o) => o.servedProvinces.getItems().some((p) => p.code === c)) ?? null);
      })
      .load(province.code);
  }
}
