import { AccessLevel } from '@metrograph/kit';

export interface RoleNode {
  code: string;
  parentCode: string | null;
  rights: Record<string, AccessLevel>;
}

/**
 * Roles a user holds plus every ancestor role, each once: a role inherits the rights of its
 * parent, and the chain may be as long as the organisation needs (002 §4.7.3). Cycles stop.
 */
export function withAncestors(held: string[], roles: Map<string, RoleNode>): string[] {
  const seen = new Set<string>();
  for (const code of held) {
    let current: string | null = code;
    while (current && !seen.has(current)) {
      seen.add(current);
      current = roles.get(current)?.parentCode ?? null;
    }
  }
  return [...seen].filter((c) => roles.has(c));
}

/**
 * Effective rights: the highest level any held (or inherited) role gives per function;
 * then individual grants (002 §4.7.2 "แบบเดี่ยว") replace that level, lowering or raising it.
 */
export function effectiveRights(
  held: string[],
  roles: Map<string, RoleNode>,
  individual: Record<string, AccessLevel>,
): Record<string, AccessLevel> {
  const result: Record<string, AccessLevel> = {};
  for (const code of withAncestors(held, roles)) {
    for (const [fn, level] of Object.entries(roles.get(code)!.rights)) {
      if ((result[fn] ?? AccessLevel.NO_ACCESS) < level) result[fn] = level;
    }
  }
  for (const [fn, level] of Object.entries(individual)) result[fn] = level;
  for (const [fn, level] of Object.entries(result)) if (level === AccessLevel.NO_ACCESS) delete result[fn];
  return result;
}

/** Roles whose holders see every province, wherever their office is (004 §4.5.1 (12)). */
export const NATIONWIDE_ROLES = new Set(['ADMIN', 'EXECUTIVE', 'POLICY', 'AUDITOR', 'ANALYST']);
