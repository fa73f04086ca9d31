import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@metrograph/kit';
import { PaymentStatsFilter, PaymentStatsGroup, PaymentStatsRow } from './payment-stats.types.js';
import { paymentStats } from './payment-stats.service.js';

@Resolver()
export class PaymentStatsResolver {
  @Query(() => [PaymentStatsRow], { description: 'Dashboard KPIs of fees and fines in your area (004 §4.5.18): issued, collected, outstanding and overdue, grouped.' })
  paymentStats(
    @Arg('groupBy', () => PaymentStatsGroup, { description: 'Grouping.' }) groupBy: PaymentStatsGroup,
    @Arg('filter', () => PaymentStatsFilter, { nullable: true, description: 'Conditions (period issued, provinces or region, office, service type).' }) filter: PaymentStatsFilter | undefined,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<PaymentStatsRow[]> {
    return paymentStats(em, groupBy, filter, principal);
  }
}
