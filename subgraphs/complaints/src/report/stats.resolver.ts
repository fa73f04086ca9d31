import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { SubgraphContext } from '@metrograph/kit';
import { ComplaintFilter } from '../complaint/complaint.input.js';
import { Complaint, ComplaintStatus } from '../complaint/complaint.entity.js';
import { complaintConditions } from '../complaint/complaint.resolver.js';
import { SLA_HOURS } from '../complaint/complaint-status.js';

export enum ComplaintStatsGroup {
  TOTAL = 'TOTAL',
  PROVINCE = 'PROVINCE',
  OFFICE = 'OFFICE',
  OFFENCE_BASIS = 'OFFENCE_BASIS',
  STATUS = 'STATUS',
  CHANNEL = 'CHANNEL',
  MONTH = 'MONTH',
  INSTRUMENT_TYPE = 'INSTRUMENT_TYPE',
}
registerEnumType(ComplaintStatsGroup, {
  name: 'ComplaintStatsGroup',
  description: 'How to group complaint statistics for dashboards (004 §4.5.18).',
  valuesConfig: {
    TOTAL: { description: 'One row for everything that matches.' },
    PROVINCE: { description: 'By province code (sum provinces for regions).' },
    OFFICE: { description: 'By handling office code.' },
    OFFENCE_BASIS: { description: 'By offence basis code (empty key: not yet triaged).' },
    STATUS: { description: 'By complaint status.' },
    CHANNEL: { description: 'By intake channel.' },
    MONTH: { description: 'By month received, YYYY-MM in Thai time.' },
    INSTRUMENT_TYPE: { description: 'By type of the instrument complained about (empty key: none named).' },
  },
});

@ObjectType({ description: 'Complaint KPIs of one group: received, open, closed, closure rate and duration, overdue, fines.' })
export class ComplaintStatsRow {
  @Field(() => String, { description: 'Group key: province or office code, offence basis, status, channel, instrument type or YYYY-MM; "ALL" for TOTAL.' })
  key!: string;

  @Field(() => Int, { description: 'Complaints received.' })
  received!: number;

  @Field(() => Int, { description: 'Still open (not CLOSED).' })
  open!: number;

  @Field(() => Int, { description: 'Closed.' })
  closed!: number;

  @Field(() => Float, { description: 'Closed ÷ received, 0 to 1.' })
  closureRate!: number;

  @Field(() => Float, { nullable: true, description: 'Average days from receipt to closure of the closed ones.' })
  averageDaysToClose!: number | null;

  @Field(() => Int, { description: 'Open complaints past the time allowed for their status (SLA).' })
  overdue!: number;

  @Field(() => Int, { description: 'Legal cases opened from these complaints.' })
  cases!: number;

  @Field(() => GraphQLSafeInt, { description: 'Settlement fines of those cases, paid or final, in satang.' })
  finesSatang!: number;
}

const KEY: Record<ComplaintStatsGroup, string> = {
  TOTAL: `'ALL'`,
  PROVINCE: 'c.province_code',
  OFFICE: 'c.office_code',
  OFFENCE_BASIS: `coalesce(c.offence_basis_code, '')`,
  STATUS: 'c.status::text',
  CHANNEL: 'c.channel::text',
  MONTH: `to_char(c.received_at at time zone 'Asia/Bangkok', 'YYYY-MM')`,
  INSTRUMENT_TYPE: `coalesce(c.instrument_type, '')`,
};

@Resolver()
export class ComplaintStatsResolver {
  @Query(() => [ComplaintStatsRow], { description: 'Dashboard KPIs of complaints in your area, grouped; filters as in complaints(filter:).' })
  async complaintStats(
    @Arg('groupBy', () => ComplaintStatsGroup, { description: 'Grouping.' }) groupBy: ComplaintStatsGroup,
    @Arg('filter', () => ComplaintFilter, { nullable: true, description: 'Conditions (period, area, offence basis, status, channel, instrument type...).' }) filter: ComplaintFilter | undefined,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<ComplaintStatsRow[]> {
    const where = await complaintConditions(em, filter, principal);
    const ids = em.createQueryBuilder(Complaint, 'x').select('x.id').where(where as never);
    const overdueCase = Object.entries(SLA_HOURS)
      .filter(([, hours]) => hours !== null)
      .map(([status, hours]) => `when c.status = '${status}' and c.status_changed_at < now() - interval '${hours} hours' then 1`)
      .join(' ');
    const knex = em.getKnex();
    const sql = knex
      .select(
        knex.raw(`${KEY[groupBy]} as key`),
        knex.raw('count(*)::int as received'),
        knex.raw(`count(*) filter (where c.status <> '${ComplaintStatus.CLOSED}')::int as open`),
        knex.raw(`count(*) filter (where c.status = '${ComplaintStatus.CLOSED}')::int as closed`),
        knex.raw(`avg(extract(epoch from (c.closed_at - c.received_at)) / 86400) filter (where c.closed_at is not null) as avg_days`),
        knex.raw(`sum(case ${overdueCase} else 0 end)::int as overdue`),
        knex.raw('coalesce(sum(k.cases), 0)::int as cases'),
        knex.raw('coalesce(sum(k.fines), 0)::bigint as fines'),
      )
      .from({ c: 'complaints.complaint' })
      .leftJoin(
        knex
          .select('complaint_id')
          .count('* as cases')
          .sum({ fines: knex.raw(`case when fine_paid_at is not null or status = 'FINAL' then fine_amount_satang else 0 end`) })
          .from('complaints.legal_case')
          .groupBy('complaint_id')
          .as('k'),
        'k.complaint_id',
        'c.id',
      )
      .whereIn('c.id', ids.getKnexQuery())
      .groupByRaw('1')
      .orderByRaw('1');
    const rows: Record<string, unknown>[] = await em.getConnection().execute(sql);
    return rows.map((r) => {
      const received = Number(r.received);
      const closed = Number(r.closed);
      return {
        key: String(r.key),
        received,
        open: Number(r.open),
        closed,
        closureRate: received ? Math.round((closed / received) * 1000) / 1000 : 0,
        averageDaysToClose: r.avg_days == null ? null : Math.round(Number(r.avg_days) * 10) / 10,
        overdue: Number(r.overdue),
        cases: Number(r.cases),
        finesSatang: Number(r.fines),
      };
    });
  }
}
