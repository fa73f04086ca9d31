import { ComplaintStatus } from './complaint.entity.js';

/**
 * Where a complaint may go from each status. Anything else is refused with an error that
 * names both statuses and the moves that are allowed.
 */
export const COMPLAINT_TRANSITIONS: Record<ComplaintStatus, ComplaintStatus[]> = {
  [ComplaintStatus.RECEIVED]: [ComplaintStatus.TRIAGED, ComplaintStatus.CLOSED],
  [ComplaintStatus.TRIAGED]: [ComplaintStatus.ASSIGNED, ComplaintStatus.CLOSED],
  [ComplaintStatus.ASSIGNED]: [ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING, ComplaintStatus.CLOSED],
  [ComplaintStatus.INVESTIGATING]: [ComplaintStatus.ASSIGNED, ComplaintStatus.OFFENCE_FOUND, ComplaintStatus.NO_OFFENCE],
  [ComplaintStatus.OFFENCE_FOUND]: [ComplaintStatus.CLOSED],
  [ComplaintStatus.NO_OFFENCE]: [ComplaintStatus.CLOSED],
  [ComplaintStatus.CLOSED]: [],
};

export function canMoveComplaint(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return COMPLAINT_TRANSITIONS[from].includes(to);
}

export function complaintMoveError(from: ComplaintStatus, to: ComplaintStatus): string {
  const allowed = COMPLAINT_TRANSITIONS[from];
  return `a complaint that is ${from} cannot become ${to}; allowed: ${allowed.length ? allowed.join(', ') : 'none (it is closed)'}`;
}

/** How long a complaint may stay in each status before it is overdue (hours). */
export const SLA_HOURS: Record<ComplaintStatus, number | null> = {
  [ComplaintStatus.RECEIVED]: 24,
  [ComplaintStatus.TRIAGED]: 48,
  [ComplaintStatus.ASSIGNED]: 72,
  [ComplaintStatus.INVESTIGATING]: 15 * 24,
  [ComplaintStatus.OFFENCE_FOUND]: 30 * 24,
  [ComplaintStatus.NO_OFFENCE]: 7 * 24,
  [ComplaintStatus.CLOSED]: null,
};

export enum SlaState {
  ON_TRACK = 'ON_TRACK',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  NONE = 'NONE',
}

export function slaDueAt(status: ComplaintStatus, since: Date): Date | null {
  const hours = SLA_HOURS[status];
  return hours === null ? null : new Date(since.getTime() + hours * 3_600_000);
}

/** Overdue past the due time; due soon in the last fifth of the allowed time. */
export function slaState(status: ComplaintStatus, since: Date, now: Date = new Date()): SlaState {
  const due = slaDueAt(status, since);
  if (!due) return SlaState.NONE;
  if (now > due) return SlaState.OVERDUE;
  const allowed = due.getTime() - since.getTime();
  return due.getTime() - now.getTime() <= allowed / 5 ? SlaState.DUE_SOON : SlaState.ON_TRACK;
}
