import { describe, expect, it } from 'vitest';
import { ComplaintStatus } from './complaint.entity.js';
import { COMPLAINT_TRANSITIONS, SlaState, canMoveComplaint, complaintMoveError, slaDueAt, slaState } from './complaint-status.js';

describe('complaint transition graph', () => {
  it('follows intake → triage → assignment → investigation → outcome → closed', () => {
    const path = [ComplaintStatus.RECEIVED, ComplaintStatus.TRIAGED, ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING, ComplaintStatus.OFFENCE_FOUND, ComplaintStatus.CLOSED];
    for (let i = 1; i < path.length; i++) expect(canMoveComplaint(path[i - 1], path[i])).toBe(true);
  });

  it('refuses skipping steps and leaving CLOSED, naming what is allowed', () => {
    expect(canMoveComplaint(ComplaintStatus.RECEIVED, ComplaintStatus.INVESTIGATING)).toBe(false);
    expect(canMoveComplaint(ComplaintStatus.CLOSED, ComplaintStatus.RECEIVED)).toBe(false);
    expect(complaintMoveError(ComplaintStatus.CLOSED, ComplaintStatus.RECEIVED)).toMatch(/none \(it is closed\)/);
    expect(complaintMoveError(ComplaintStatus.TRIAGED, ComplaintStatus.OFFENCE_FOUND)).toBe('a complaint that is TRIAGED cannot become OFFENCE_FOUND; allowed: ASSIGNED, CLOSED');
  });

  it('lets every open status reach CLOSED', () => {
    const reachable = (from: ComplaintStatus, seen = new Set<ComplaintStatus>()): boolean => {
      if (from === ComplaintStatus.CLOSED) return true;
      seen.add(from);
      return COMPLAINT_TRANSITIONS[from].some((to) => !seen.has(to) && reachable(to, seen));
    };
    for (const status of Object.values(ComplaintStatus)) expect(reachable(status), status).toBe(true);
  });
});

describe('SLA clock', () => {
  const since = new Date('2026-11-20T00:00:00Z');
  it('gives each status its allowance', () => {
    expect(slaDueAt(ComplaintStatus.RECEIVED, since)).toEqual(new Date('2026-11-21T00:00:00Z'));
    expect(slaDueAt(ComplaintStatus.CLOSED, since)).toBeNull();
  });
  it('is on track, due soon in the last fifth, then overdue', () => {
    expect(slaState(ComplaintStatus.RECEIVED, since, new Date('2026-11-20T12:00:00Z'))).toBe(SlaState.ON_TRACK);
    expect(slaState(ComplaintStatus.RECEIVED, since, new Date('2026-11-20T20:00:00Z'))).toBe(SlaState.DUE_SOON);
    expect(slaState(ComplaintStatus.RECEIVED, since, new Date('2026-11-21T00:00:01Z'))).toBe(SlaState.OVERDUE);
    expect(slaState(ComplaintStatus.CLOSED, since)).toBe(SlaState.NONE);
  });
});
