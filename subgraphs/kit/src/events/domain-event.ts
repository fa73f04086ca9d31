/** A fact a subgraph announces to the others: what happened to which aggregate, by whom. */
export interface DomainEvent {
  /** Unique id; consumers use it to process each event once. */
  id: string;
  /** e.g. PaymentStatusChanged, ComplaintChanged. */
  type: string;
  /** e.g. PaymentRequest, Complaint. */
  aggregateType: string;
  aggregateId: string;
  /** Subgraph that recorded it. */
  source: string;
  payload: Record<string, unknown>;
  /** Who caused it (username, client name or system process). */
  actor: string;
  /** ISO 8601, UTC. */
  occurredAt: string;
  /** Position in the source's outbox (ordering per source, hence per aggregate). */
  sequence: number;
}
