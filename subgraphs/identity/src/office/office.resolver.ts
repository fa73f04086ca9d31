import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, SortDirection, paginate, type Connection, type SubgraphContext } from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Office } from './office.entity.js';
import { OfficeFilter } from './office.input.js';
import { Province } from '../province/province.entity.js';
import { resolveOfficeReference } from './office.reference.js';

@ObjectType({ description: 'A page of offices.' })
export class OfficeConnection extends ConnectionType(Office, 'Office') {}

@Resolver(() => Office)
export class OfficeResolver {
  @Query(() => OfficeConnection, { description: 'Weights-and-measures offices (HQ first, then centres and branches by code).' })
  offices(
    @Arg('filter', () => OfficeFilter, { nullable: true, description: 'Conditions the offices must meet.' }) filter: OfficeFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: SubgraphContext,
  ): Promise<Connection<Office>> {
    const conditions: unknown[] = [];
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.servesProvinceCode) conditions.push({ servedProvinces: { code: filter.servesProvinceCode } });
    if (filter?.regionCode) conditions.push({ servedProvinces: { region: filter.regionCode } });
    if (filter?.search?.trim()) {
      const like = `%${filter.search.trim()}%`;
      conditions.push({ $or: [{ nameTh: { $ilike: like } }, { nameEn: { $ilike: like } }] });
    }
    return paginate(em, Office, { $and: conditions } as FilterQuery<Office>, [
      { field: 'kind', direction: SortDirection.DESC },
      { field: 'code', direction: SortDirection.ASC },
    ], page);
  }

  @Query(() => Office, { nullable: true, description: 'One office by code, or null if there is none.' })
  office(@Arg('code', () => ID, { description: 'Office code, e.g. B07.' }) code: string, @Ctx() ctx: SubgraphContext): Promise<Office | null> {
    return resolveOfficeReference({ code }, ctx);
  }

  @FieldResolver(() => Province, { description: 'The province where the office is located.' })
  async province(@Root() office: Office, @Ctx() { em, loaders }: SubgraphContext): Promise<Province> {
    return loaders
      .get<string, Province>('provinceByCodeStrict', async (codes) => {
        const rows = await em.find(Province, { code: { $in: [...codes] } });
        return codes.map((c) => rows.find((p) => p.code === c) ?? new Error(`province ${c} missing`));
      })
      .load(office.province.code);
  }

  @FieldResolver(() => [Province], { description: 'The provinces this office serves (its jurisdiction), in code order.' })
  async servedProvinces(@Root() office: Office, @Ctx() { em, loaders }: SubgraphContext): Promise<Province[]> {
    return loaders
      .get<string, Province[]>('servedProvincesByOffice', async (codes) => {
        const offices = await em.find(Office, { code: { $in: [...codes] } }, { populate: ['servedProvinces'] });
        return codes.map((c) =>
          (offices.find((o) => o.code === c)?.servedProvinces.getItems() ?? []).slice().sort((a, b) => a.code.localeCompare(b.code)),
        );
      })
      .load(office.code);
  }
}
