import { describe, expect, it } from 'vitest';
import { AccessLevel } from '@metrograph/kit';
import { effectiveRights, withAncestors, type RoleNode } from './rights.js';
import { ROLE_PARENTS, ROLE_RIGHTS, ROLES } from '../reference/roles.js';
import { FUNCTION_CODES } from './functions.js';

const graph = (nodes: RoleNode[]) => new Map(nodes.map((n) => [n.code, n]));

describe('effective rights', () => {
  const roles = graph([
    { code: 'BASE', parentCode: null, rights: { reference: AccessLevel.VIEW, complaints: AccessLevel.VIEW } },
    { code: 'MID', parentCode: 'BASE', rights: { complaints: AccessLevel.CREATE } },
    { code: 'TOP', parentCode: 'MID', rights: { users: AccessLevel.EDIT } },
    { code: 'OTHER', parentCode: null, rights: { complaints: AccessLevel.EDIT, payments: AccessLevel.FULL_CONTROL } },
  ]);

  it('inherits through any number of levels, the highest level winning', () => {
    expect(withAncestors(['TOP'], roles).sort()).toEqual(['BASE', 'MID', 'TOP']);
    expect(effectiveRights(['TOP', 'OTHER'], roles, {})).toEqual({ reference: 1, complaints: 3, users: 2, payments: 4 });
  });

  it('lets an individual grant raise or lower one function', () => {
    expect(effectiveRights(['TOP'], roles, { complaints: AccessLevel.VIEW, audit: AccessLevel.VIEW })).toEqual({ reference: 1, complaints: 1, users: 2, audit: 1 });
    expect(effectiveRights(['TOP'], roles, { reference: AccessLevel.NO_ACCESS })).toEqual({ complaints: 3, users: 2 });
  });

  it('stops at a cycle and ignores unknown roles', () => {
    const cyclic = graph([
      { code: 'A', parentCode: 'B', rights: { reference: 1 } },
      { code: 'B', parentCode: 'A', rights: { registry: 2 } },
    ]);
    expect(effectiveRights(['A', 'GHOST'], cyclic, {})).toEqual({ reference: 1, registry: 2 });
  });

  it('gives the seeded roles rights on known functions only, with known parents', () => {
    const codes = new Set(ROLES.map((r) => r.code));
    for (const [role, rights] of Object.entries(ROLE_RIGHTS)) {
      expect(codes.has(role as never), role).toBe(true);
      for (const [fn, level] of Object.entries(rights)) {
        expect(FUNCTION_CODES, `${role}.${fn}`).toContain(fn);
        expect(level).toBeGreaterThanOrEqual(1);
        expect(level).toBeLessThanOrEqual(4);
      }
    }
    for (const [child, parent] of Object.entries(ROLE_PARENTS)) expect(codes.has(child as never) && codes.has(parent as never)).toBe(true);
  });
});
