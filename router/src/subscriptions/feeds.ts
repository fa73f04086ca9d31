import type { DomainEvent, Principal } from '@metrograph/kit';

/**
 * How each subscription field of the graph is fed from domain events: which events, which
 * subscriber arguments match, which province the event belongs to (area scope), the event's
 * own fields, and how its entity field is looked up through the gateway.
 */
export interface Feed {
  eventTypes: string[];
  /** Province of the event's subject, for area scope; null when it has none. */
  provinceOf(event: DomainEvent): string | null;
  /** Whether the subscriber's arguments select this event. */
  matches(args: Record<string, any>, event: DomainEvent): boolean;
  /** Scalar fields of the change object, from the event itself. */
  fields(event: DomainEvent): Record<string, unknown>;
  /** The entity field of the change object and the query that fetches it (one root field). */
  entity: { field: string; rootField: string; argument: string; argumentType: string; value(event: DomainEvent): unknown; pick?: (data: any) => unknown };
}

const within = (list: string[] | null | undefined, value: unknown) => !list || list.length === 0 || list.includes(String(value));

export const FEEDS: Record<string, Feed> = {
  complaintChanged: {
    eventTypes: ['ComplaintChanged', 'ComplaintReceived'],
    provinceOf: (e) => (e.payload.provinceCode as string) ?? null,
    matches: (args, e) =>
      within(args.filter?.complaintIds, e.payload.complaintId) && within(args.filter?.officeCodes, e.payload.officeCode) && within(args.filter?.provinceCodes, e.payload.provinceCode),
    fields: (e) => ({ eventId: e.id, change: (e.payload.change as string) ?? (e.type === 'ComplaintReceived' ? 'RECEIVED' : e.type), at: e.occurredAt }),
    entity: { field: 'complaint', rootField: 'complaint', argument: 'id', argumentType: 'ID!', value: (e) => e.payload.complaintId },
  },
  caseChanged: {
    eventTypes: ['CaseChanged'],
    provinceOf: (e) => (e.payload.provinceCode as string) ?? null,
    matches: (args, e) =>
      within(args.filter?.caseIds, e.payload.caseId) &&
      within(args.filter?.complaintIds, e.payload.complaintId) &&
      within(args.filter?.officeCodes, e.payload.officeCode) &&
      within(args.filter?.provinceCodes, e.payload.provinceCode),
    fields: (e) => ({ eventId: e.id, change: e.payload.change, at: e.occurredAt }),
    entity: { field: 'legalCase', rootField: 'legalCase', argument: 'id', argumentType: 'ID!', value: (e) => e.payload.caseId },
  },
  dashboardChanged: {
    eventTypes: ['ComplaintChanged', 'ComplaintReceived', 'CaseChanged', 'PaymentStatusChanged'],
    provinceOf: (e) => (e.payload.provinceCode as string) ?? null,
    matches: (args, e) => within(args.provinceCodes, e.payload.provinceCode),
    fields: (e) => ({ eventId: e.id, at: e.occurredAt, provinceCode: e.payload.provinceCode, source: e.type === 'PaymentStatusChanged' ? 'PAYMENTS' : 'COMPLAINTS' }),
    entity: {
      field: 'stats',
      rootField: 'complaintStats(groupBy: PROVINCE, filter: { provinceCodes: [$value] })',
      argument: '',
      argumentType: 'ID!',
      value: (e) => e.payload.provinceCode,
      pick: (rows: unknown[] | null) => rows?.[0] ?? null,
    },
  },
  paymentStatusChanged: {
    eventTypes: ['PaymentStatusChanged', 'PaymentRequestCreated'],
    provinceOf: (e) => (e.payload.provinceCode as string) ?? null,
    matches: (args, e) =>
      within(args.filter?.paymentRequestIds, e.payload.paymentRequestId) &&
      within(args.filter?.operatorIds, e.payload.operatorId) &&
      within(args.filter?.officeCodes, e.payload.officeCode) &&
      within(args.filter?.sourceIds, (e.payload.source as { id?: string } | undefined)?.id),
    fields: (e) => ({ eventId: e.id, from: e.payload.from, to: e.payload.to, at: e.occurredAt }),
    entity: { field: 'paymentRequest', rootField: 'paymentRequest', argument: 'id', argumentType: 'ID!', value: (e) => e.payload.paymentRequestId },
  },
};

export function visibleTo(principal: Principal, provinceCode: string | null): boolean {
  if (principal.provinceCodes === null) return true;
  return provinceCode !== null && principal.provinceCodes.includes(provinceCode);
}
