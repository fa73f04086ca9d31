import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@metrograph/kit';
import { ComplaintFilter } from '../complaint/complaint.input.js';
import { ComplaintStatsGroup, ComplaintStatsRow } from './stats.types.js';
import { complaintStats } from './stats.service.js';

export { ComplaintStatsGroup, ComplaintStatsRow };

@Resolver()
export class ComplaintStatsResolver {
  @Query(() => [ComplaintStatsRow], { description: 'Dashboard KPIs of complaints in your area, grouped; filters as in complaints(filter:).' })
  async complaintStats(
    @Arg('groupBy', () => ComplaintStatsGroup, { description: 'Grouping.' }) groupBy: ComplaintStatsGroup,
    @Arg('filter', () => ComplaintFilter, { nullable: true, description: 'Conditions (period, area, offence basis, status, channel, instrument type...).' }) filter: ComplaintFilter | undefined,
    @Ctx() { em, principal, loaders }: SubgraphContext,
  ): Promise<ComplaintStatsRow[]> {
    return complaintStats(em, groupBy, filter, principal, loaders);
  }
}
