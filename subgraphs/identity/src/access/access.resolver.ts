import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AccessLevel, requireAccess, userError, type SubgraphContext } from '@metrograph/kit';
import { User } from '../user/user.entity.js';
import { Role } from '../user/role.entity.js';
import { Office } from '../office/office.entity.js';
import { RoleRight, UserRight } from './right.entity.js';
import { AppFunction } from './functions.js';
import { FunctionRight, rightsList } from './access.types.js';
import { effectiveRights } from './rights.js';
import { individualRights, loadRoleGraph } from './principal.service.js';
import { CreateRoleInput, CreateUserInput, ResetUserPasswordInput, RolePayload, SetUserActiveInput, SetRoleRightInput, SetUserRightInput, SetUserRolesInput, UnlockUserInput, UserPayload } from './access.input.js';
import { audit } from '../audit/audit.service.js';
import { passwordPolicy } from '../auth/password-policy.js';
import { setPassword } from '../auth/auth.service.js';
import { SignInMethod } from '../user/user.entity.js';
import { visibleUser } from '../user/user.reference.js';
import { endSessions, endSessionsOfRole } from '../auth/sessions.service.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';


function actorOf(ctx: SubgraphContext) {
  return { kind: ctx.principal.kind, id: ctx.principal.id, name: ctx.principal.name };
}

async function findUser(ctx: SubgraphContext, id: string): Promise<User | null> {
  if (!UUID.test(id)) return null;
  return visibleUser(ctx, id);
}

@Resolver(() => User)
export class UserAccessResolver {
  @FieldResolver(() => [FunctionRight], { description: 'Effective access level per function: the highest of the roles (inherited ones included), replaced by individual grants.' })
  async rights(@Root() user: User, @Ctx() { em }: SubgraphContext): Promise<FunctionRight[]> {
    await em.populate(user, ['roles']);
    const graph = await loadRoleGraph(em);
    return rightsList(effectiveRights(user.roles.getItems().map((r) => r.code), graph, await individualRights(em, user.id)));
  }

  @FieldResolver(() => [FunctionRight], { description: 'Individual grants that override the user\'s roles.' })
  async individualRights(@Root() user: User, @Ctx() { em }: SubgraphContext): Promise<FunctionRight[]> {
    const rows = await em.find(UserRight, { user: user.id }, { orderBy: { functionCode: 'asc' } });
    return rows.map((r) => Object.assign(new FunctionRight(), { function: r.functionCode as AppFunction, level: r.level }));
  }

  @FieldResolver(() => Boolean, { description: 'True while the account is locked after too many wrong passwords.' })
  locked(@Root() user: User): boolean {
    return !!user.lockedUntil && user.lockedUntil.getTime() > Date.now();
  }

  @Mutation(() => UserPayload, { description: 'Opens a locked account again before its lockout ends (002 §4.8.4). Needs EDIT on users.' })
  async unlockUser(@Arg('input', () => UnlockUserInput, { description: 'The user.' }) input: UnlockUserInput, @Ctx() ctx: SubgraphContext): Promise<UserPayload> {
    requireAccess(ctx.principal, AppFunction.USERS, AccessLevel.EDIT);
    const user = await findUser(ctx, input.userId);
    if (!user) return { user: null, userErrors: [userError(['input', 'userId'], 'NOT_FOUND', 'No such user in your area.')] };
    const wasLocked = !!user.lockedUntil && user.lockedUntil.getTime() > Date.now();
    user.failedAttempts = 0;
    user.lockedUntil = null;
    audit(ctx.em, { kind: 'UNLOCKED', success: true, actor: actorOf(ctx), subjectType: 'User', subjectId: user.id, detail: { wasLocked } });
    await ctx.em.flush();
    return { user, userErrors: [] };
  }

  @Mutation(() => UserPayload, { description: 'Disables or re-enables an account. Needs EDIT on users.' })
  async setUserActive(@Arg('input', () => SetUserActiveInput, { description: 'The user and the new state.' }) input: SetUserActiveInput, @Ctx() ctx: SubgraphContext): Promise<UserPayload> {
    requireAccess(ctx.principal, AppFunction.USERS, AccessLevel.EDIT);
    const user = await findUser(ctx, input.userId);
    if (!user) return { user: null, userErrors: [userError(['input', 'userId'], 'NOT_FOUND', 'No such user in your area.')] };
    if (!input.active && user.id === ctx.principal.id) return { user: null, userErrors: [userError(['input', 'active'], 'SELF', 'You cannot disable your own account.')] };
    user.active = input.active;
    if (!input.active) await endSessions(ctx.em, [user.id]);
    audit(ctx.em, { kind: input.active ? 'USER_ENABLED' : 'USER_DISABLED', success: true, actor: actorOf(ctx), subjectType: 'User', subjectId: user.id });
    await ctx.em.flush();
    return { user, userErrors: [] };
  }

  @Mutation(() => UserPayload, { description: 'Sets a temporary password the user must change at the next sign-in, and unlocks the account. Needs EDIT on users.' })
  async resetUserPassword(@Arg('input', () => ResetUserPasswordInput, { description: 'The user and the temporary password.' }) input: ResetUserPasswordInput, @Ctx() ctx: SubgraphContext): Promise<UserPayload> {
    requireAccess(ctx.principal, AppFunction.USERS, AccessLevel.EDIT);
    const user = await findUser(ctx, input.userId);
    if (!user) return { user: null, userErrors: [userError(['input', 'userId'], 'NOT_FOUND', 'No such user in your area.')] };
    if (user.signInMethod !== SignInMethod.PASSWORD) return { user: null, userErrors: [userError(['input', 'userId'], 'WRONG_METHOD', 'This account signs in with LDAP; its password is kept in the directory.')] };
    const problems = await setPassword(ctx.em, user, input.temporaryPassword, passwordPolicy(), ['input', 'temporaryPassword']);
    if (problems.length) return { user: null, userErrors: problems };
    user.mustChangePassword = true;
    user.failedAttempts = 0;
    user.lockedUntil = null;
    await endSessions(ctx.em, [user.id]);
    audit(ctx.em, { kind: 'PASSWORD_RESET', success: true, actor: actorOf(ctx), subjectType: 'User', subjectId: user.id });
    await ctx.em.flush();
    return { user, userErrors: [] };
  }

  @Mutation(() => UserPayload, { description: 'Creates a user account (002 §4.7.1). Needs CREATE on users.' })
  async createUser(@Arg('input', () => CreateUserInput, { description: 'The account.' }) input: CreateUserInput, @Ctx() ctx: SubgraphContext): Promise<UserPayload> {
    requireAccess(ctx.principal, AppFunction.USERS, AccessLevel.CREATE);
    const { em } = ctx;
    const errors = [];
    const username = input.username.trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9._-]{1,99}$/.test(username)) errors.push(userError(['input', 'username'], 'INVALID_FORMAT', 'Use 2-100 lower-case letters, digits, dots, dashes or underscores.'));
    else if (await em.count(User, { username })) errors.push(userError(['input', 'username'], 'TAKEN', 'This username is taken.'));
    const office = await em.findOne(Office, { code: input.officeCode }, { populate: ['province'] });
    if (!office) errors.push(userError(['input', 'officeCode'], 'NOT_FOUND', 'No such office.'));
    else if (ctx.principal.provinceCodes && !ctx.principal.provinceCodes.includes(office.province.code)) errors.push(userError(['input', 'officeCode'], 'OUT_OF_AREA', 'The office is outside your area.'));
    const roles = await em.find(Role, { code: { $in: input.roleCodes } });
    if (roles.length !== new Set(input.roleCodes).size) errors.push(userError(['input', 'roleCodes'], 'NOT_FOUND', 'Unknown role.'));
    if (input.roleCodes.length) requireAccess(ctx.principal, AppFunction.RIGHTS, AccessLevel.EDIT);
    if (input.signInMethod === SignInMethod.PASSWORD && !input.initialPassword) errors.push(userError(['input', 'initialPassword'], 'REQUIRED', 'A password account needs a first password.'));
    if (errors.length) return { user: null, userErrors: errors };
    const user = em.create(User, {
      id: randomUUID(),
      username,
      displayName: input.displayName.trim(),
      email: input.email ?? null,
      phone: input.phone ?? null,
      office: office!,
      signInMethod: input.signInMethod,
      active: true,
      createdAt: new Date(),
      failedAttempts: 0,
      mustChangePassword: false,
    });
    user.roles.set(roles);
    if (input.signInMethod === SignInMethod.PASSWORD) {
      const problems = await setPassword(em, user, input.initialPassword!, passwordPolicy(), ['input', 'initialPassword']);
      if (problems.length) {
        em.clear();
        return { user: null, userErrors: problems };
      }
      user.mustChangePassword = true;
    }
    audit(em, { kind: 'USER_CREATED', success: true, actor: actorOf(ctx), subjectType: 'User', subjectId: user.id, detail: { username, displayName: user.displayName, officeCode: input.officeCode, roles: input.roleCodes } });
    await em.flush();
    return { user, userErrors: [] };
  }

  @Mutation(() => UserPayload, { description: 'Replaces the roles of a user (group rights, 002 §4.7.2). Needs EDIT on rights.' })
  async setUserRoles(@Arg('input', () => SetUserRolesInput, { description: 'User and roles.' }) input: SetUserRolesInput, @Ctx() ctx: SubgraphContext): Promise<UserPayload> {
    requireAccess(ctx.principal, AppFunction.RIGHTS, AccessLevel.EDIT);
    const user = await findUser(ctx, input.userId);
    if (!user) return { user: null, userErrors: [userError(['input', 'userId'], 'NOT_FOUND', 'No such user in your area.')] };
    const roles = await ctx.em.find(Role, { code: { $in: input.roleCodes } });
    if (roles.length !== new Set(input.roleCodes).size) return { user: null, userErrors: [userError(['input', 'roleCodes'], 'NOT_FOUND', 'Unknown role.')] };
    await ctx.em.populate(user, ['roles']);
    const before = user.roles.getItems().map((r) => r.code).sort();
    user.roles.set(roles);
    await endSessions(ctx.em, [user.id]);
    audit(ctx.em, { kind: 'RIGHTS_CHANGED', success: true, actor: actorOf(ctx), subjectType: 'User', subjectId: user.id, detail: { roles: { before, after: [...input.roleCodes].sort() } } });
    await ctx.em.flush();
    return { user, userErrors: [] };
  }

  @Mutation(() => UserPayload, { description: 'Gives one user an individual level on one function, or removes it (002 §4.7.2). Needs EDIT on rights.' })
  async setUserRight(@Arg('input', () => SetUserRightInput, { description: 'User, function and level.' }) input: SetUserRightInput, @Ctx() ctx: SubgraphContext): Promise<UserPayload> {
    requireAccess(ctx.principal, AppFunction.RIGHTS, AccessLevel.EDIT);
    const user = await findUser(ctx, input.userId);
    if (!user) return { user: null, userErrors: [userError(['input', 'userId'], 'NOT_FOUND', 'No such user in your area.')] };
    const before = (await individualRights(ctx.em, user.id))[input.function] ?? null;
    const existing = await ctx.em.findOne(UserRight, { user: user.id, functionCode: input.function });
    if (input.level == null) {
      if (existing) ctx.em.remove(existing);
    } else if (existing) {
      existing.level = input.level;
    } else {
      ctx.em.persist(ctx.em.create(UserRight, { user, functionCode: input.function, level: input.level }));
    }
    await endSessions(ctx.em, [user.id]);
    audit(ctx.em, {
      kind: 'RIGHTS_CHANGED',
      success: true,
      actor: actorOf(ctx),
      subjectType: 'User',
      subjectId: user.id,
      detail: { function: input.function, before: before == null ? null : AccessLevel[before], after: input.level == null ? null : AccessLevel[input.level] },
    });
    await ctx.em.flush();
    return { user, userErrors: [] };
  }
}

@Resolver(() => Role)
export class RoleAccessResolver {
  @FieldResolver(() => Role, { nullable: true, description: 'The role this one extends and inherits every right from.' })
  async parent(@Root() role: Role, @Ctx() { em }: SubgraphContext): Promise<Role | null> {
    if (!role.parent) return null;
    return em.findOne(Role, { code: role.parent.code });
  }

  @FieldResolver(() => [FunctionRight], { description: 'Levels this role gives by itself (without its parents), per function.' })
  async rights(@Root() role: Role, @Ctx() { em }: SubgraphContext): Promise<FunctionRight[]> {
    const rows = await em.find(RoleRight, { role: { code: role.code } });
    return rightsList(Object.fromEntries(rows.map((r) => [r.functionCode, r.level])));
  }

  @FieldResolver(() => [FunctionRight], { description: 'Levels this role gives with everything it inherits.' })
  async effectiveRights(@Root() role: Role, @Ctx() { em }: SubgraphContext): Promise<FunctionRight[]> {
    return rightsList(effectiveRights([role.code], await loadRoleGraph(em), {}));
  }

  @Mutation(() => RolePayload, { description: 'Sets the level a role gives on one function (002 §4.7.2, §4.8.5-4.8.9). Needs EDIT on rights.' })
  async setRoleRight(@Arg('input', () => SetRoleRightInput, { description: 'Role, function and level.' }) input: SetRoleRightInput, @Ctx() ctx: SubgraphContext): Promise<RolePayload> {
    requireAccess(ctx.principal, AppFunction.RIGHTS, AccessLevel.EDIT);
    const role = await ctx.em.findOne(Role, { code: input.roleCode });
    if (!role) return { role: null, userErrors: [userError(['input', 'roleCode'], 'NOT_FOUND', 'No such role.')] };
    const existing = await ctx.em.findOne(RoleRight, { role: { code: role.code }, functionCode: input.function });
    const before = existing?.level ?? AccessLevel.NO_ACCESS;
    if (input.level === AccessLevel.NO_ACCESS) {
      if (existing) ctx.em.remove(existing);
    } else if (existing) existing.level = input.level;
    else ctx.em.persist(ctx.em.create(RoleRight, { role, functionCode: input.function, level: input.level }));
    await endSessionsOfRole(ctx.em, role.code);
    audit(ctx.em, { kind: 'RIGHTS_CHANGED', success: true, actor: actorOf(ctx), subjectType: 'Role', subjectId: role.code, detail: { function: input.function, before: AccessLevel[before], after: AccessLevel[input.level] } });
    await ctx.em.flush();
    return { role, userErrors: [] };
  }

  @Mutation(() => RolePayload, { description: 'Creates a role, optionally under a parent role whose rights it inherits. Needs CREATE on rights.' })
  async createRole(@Arg('input', () => CreateRoleInput, { description: 'The role.' }) input: CreateRoleInput, @Ctx() ctx: SubgraphContext): Promise<RolePayload> {
    requireAccess(ctx.principal, AppFunction.RIGHTS, AccessLevel.CREATE);
    const errors = [];
    if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(input.code)) errors.push(userError(['input', 'code'], 'INVALID_FORMAT', 'Use 2-40 capitals, digits and underscores.'));
    else if (await ctx.em.count(Role, { code: input.code })) errors.push(userError(['input', 'code'], 'TAKEN', 'This role exists.'));
    const parent = input.parentCode ? await ctx.em.findOne(Role, { code: input.parentCode }) : null;
    if (input.parentCode && !parent) errors.push(userError(['input', 'parentCode'], 'NOT_FOUND', 'No such role.'));
    if (errors.length) return { role: null, userErrors: errors };
    const role = ctx.em.create(Role, { code: input.code, nameTh: input.nameTh, nameEn: input.nameEn, description: input.description, parent });
    audit(ctx.em, { kind: 'ROLE_CREATED', success: true, actor: actorOf(ctx), subjectType: 'Role', subjectId: input.code, detail: { parent: input.parentCode ?? null } });
    await ctx.em.flush();
    return { role, userErrors: [] };
  }
}

