import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessLevel, Principal } from '@metrograph/kit';
import { Role } from '../user/role.entity.js';
import { User } from '../user/user.entity.js';
import { Office, OfficeKind } from '../office/office.entity.js';
import { RoleRight, UserRight } from './right.entity.js';
import { NATIONWIDE_ROLES, effectiveRights, withAncestors, type RoleNode } from './rights.js';

/** Every role with its parent and rights, for computing inheritance. */
export async function loadRoleGraph(em: EntityManager): Promise<Map<string, RoleNode>> {
  const roles = await em.find(Role, {});
  const rights = await em.find(RoleRight, {});
  const graph = new Map<string, RoleNode>();
  for (const role of roles) graph.set(role.code, { code: role.code, parentCode: role.parent?.code ?? null, rights: {} });
  for (const right of rights) {
    const node = graph.get(right.role.code);
    if (node) node.rights[right.functionCode] = right.level;
  }
  return graph;
}

export async function individualRights(em: EntityManager, userId: string): Promise<Record<string, AccessLevel>> {
  const rows = await em.find(UserRight, { user: userId });
  return Object.fromEntries(rows.map((r) => [r.functionCode, r.level]));
}

/** Provinces an office's staff see: its jurisdiction; HQ sees every province. */
export async function officeProvinces(em: EntityManager, officeCode: string): Promise<string[] | null> {
  const office = await em.findOne(Office, { code: officeCode }, { populate: ['servedProvinces'] });
  if (!office) return [];
  if (office.kind === OfficeKind.HQ) return null;
  return office.servedProvinces.getItems().map((p) => p.code).sort();
}

/** The principal of a user as the router will forward it: effective rights and area scope. */
export async function principalOfUser(em: EntityManager, user: User): Promise<Principal> {
  await em.populate(user, ['roles']);
  const held = user.roles.getItems().map((r) => r.code);
  const graph = await loadRoleGraph(em);
  const rights = effectiveRights(held, graph, await individualRights(em, user.id));
  const inherited = withAncestors(held, graph);
  const nationwide = inherited.some((code) => NATIONWIDE_ROLES.has(code));
  return {
    kind: 'user',
    id: user.id,
    name: user.username,
    officeCode: user.office.code,
    roles: inherited.sort(),
    provinceCodes: nationwide ? null : await officeProvinces(em, user.office.code),
    rights,
  };
}
