import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@metrograph/kit';
import { Region } from './region.entity.js';
import { Province } from '../province/province.entity.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'The six geographic regions, in code order.' })
  regions(@Ctx() { em }: SubgraphContext): Promise<Region[]> {
    return em.find(Region, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => Region, { nullable: true, description: 'One region by code, or null if there is none.' })
  region(@Arg('code', () => ID, { description: 'Region code, e.g. NE.' }) code: string, @Ctx() { em }: SubgraphContext): Promise<Region | null> {
    return em.findOne(Region, { code });
  }

  @FieldResolver(() => [Province], { description: 'Provinces of this region, in code order.' })
  async provinces(@Root() region: Region, @Ctx() { em, loaders }: SubgraphContext): Promise<Province[]> {
    return loaders
      .get<string, Province[]>('provincesByRegion', async (codes) => {
        const rows = await em.find(Province, { region: { code: { $in: [...codes] } } }, { orderBy: { code: 'asc' } });
        return codes.map((c) => rows.filter((p) => p.region.code === c));
      })
      .load(region.code);
  }
}
