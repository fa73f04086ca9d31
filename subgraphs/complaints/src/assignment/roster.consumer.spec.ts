import { describe, expect, it } from 'vitest';
import { rosterChange } from './roster.consumer.js';

describe('complaints roster from identity changes', () => {
  const official = { active: true, isHead: false };
  it('puts a new official or office head on the roster of their office, and nobody else', () => {
    expect(rosterChange({ change: 'USER_CREATED', detail: { displayName: 'นางสมศรี', officeCode: 'B07', roles: ['OFFICIAL'] } }, null)).toEqual({ create: { name: 'นางสมศรี', officeCode: 'B07', isHead: false } });
    expect(rosterChange({ change: 'USER_CREATED', detail: { username: 'head.b07', officeCode: 'B07', roles: ['OFFICE_HEAD', 'OFFICIAL'] } }, null)?.create?.isHead).toBe(true);
    expect(rosterChange({ change: 'USER_CREATED', detail: { officeCode: 'HQ', roles: ['ANALYST'] } }, null)).toBeNull();
    expect(rosterChange({ change: 'USER_CREATED', detail: { officeCode: 'B07', roles: ['OFFICIAL'] } }, official)).toBeNull();
  });
  it('takes a disabled account off assignments and brings it back when enabled', () => {
    expect(rosterChange({ change: 'USER_DISABLED' }, official)).toEqual({ active: false });
    expect(rosterChange({ change: 'USER_DISABLED' }, { active: false, isHead: false })).toBeNull();
    expect(rosterChange({ change: 'USER_ENABLED' }, { active: false, isHead: false })).toEqual({ active: true });
    expect(rosterChange({ change: 'USER_DISABLED' }, null)).toBeNull();
  });
  it('follows role changes: head, official or neither; ignores individual grants and other changes', () => {
    expect(rosterChange({ change: 'RIGHTS_CHANGED', detail: { roles: { before: ['OFFICIAL'], after: ['OFFICE_HEAD', 'OFFICIAL'] } } }, official)).toEqual({ active: true, isHead: true });
    expect(rosterChange({ change: 'RIGHTS_CHANGED', detail: { roles: { before: ['OFFICIAL'], after: ['ANALYST'] } } }, official)).toEqual({ active: false, isHead: false });
    expect(rosterChange({ change: 'RIGHTS_CHANGED', detail: { roles: { before: ['OFFICIAL'], after: ['OFFICIAL'] } } }, official)).toBeNull();
    expect(rosterChange({ change: 'SIGN_IN' }, official)).toBeNull();
  });
});
