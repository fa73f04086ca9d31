/** The legal track once an offence is found (004 §4.5.1 (9)). */
export enum CaseStatus {
  OPEN = 'OPEN',
  FINE_PROPOSED = 'FINE_PROPOSED',
  FINE_PAID = 'FINE_PAID',
  REFERRED = 'REFERRED',
  PROSECUTED = 'PROSECUTED',
  FINAL = 'FINAL',
}

/** Legal activities recorded on a case; each may move it along the transition graph. */
export enum CaseEventKind {
  FINE_SETTLEMENT = 'FINE_SETTLEMENT',
  FINE_PAID = 'FINE_PAID',
  FILE_SENT = 'FILE_SENT',
  PROSECUTION = 'PROSECUTION',
  FINAL = 'FINAL',
  APPOINTMENT = 'APPOINTMENT',
  RULING = 'RULING',
  NOTE = 'NOTE',
}

export const CASE_TRANSITIONS: Record<CaseStatus, CaseStatus[]> = {
  [CaseStatus.OPEN]: [CaseStatus.FINE_PROPOSED, CaseStatus.REFERRED],
  [CaseStatus.FINE_PROPOSED]: [CaseStatus.FINE_PAID, CaseStatus.REFERRED],
  [CaseStatus.FINE_PAID]: [CaseStatus.FINAL],
  [CaseStatus.REFERRED]: [CaseStatus.PROSECUTED, CaseStatus.FINAL],
  [CaseStatus.PROSECUTED]: [CaseStatus.FINAL],
  [CaseStatus.FINAL]: [],
};

/** The status an activity leads to; null when it does not move the case (appointments, rulings, notes). */
export const STATUS_AFTER: Record<CaseEventKind, CaseStatus | null> = {
  [CaseEventKind.FINE_SETTLEMENT]: CaseStatus.FINE_PROPOSED,
  [CaseEventKind.FINE_PAID]: CaseStatus.FINE_PAID,
  [CaseEventKind.FILE_SENT]: CaseStatus.REFERRED,
  [CaseEventKind.PROSECUTION]: CaseStatus.PROSECUTED,
  [CaseEventKind.FINAL]: CaseStatus.FINAL,
  [CaseEventKind.APPOINTMENT]: null,
  [CaseEventKind.RULING]: null,
  [CaseEventKind.NOTE]: null,
};

/** Checks an activity against the graph; returns the new status or an error message. */
export function applyCaseEvent(current: CaseStatus, kind: CaseEventKind): { status: CaseStatus } | { error: string } {
  const next = STATUS_AFTER[kind];
  if (next === null) {
    return current === CaseStatus.FINAL && kind !== CaseEventKind.NOTE
      ? { error: `a FINAL case takes only notes, not ${kind}` }
      : { status: current };
  }
  if (!CASE_TRANSITIONS[current].includes(next)) {
    const allowed = CASE_TRANSITIONS[current];
    return { error: `${kind} would move a ${current} case to ${next}; allowed from ${current}: ${allowed.length ? allowed.join(', ') : 'nothing (the case is final)'}` };
  }
  return { status: next };
}
