import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AccessLevel, ConnectionType, PageArgs, SortDirection, badInput, paginate, requireAccess, type Connection, type SubgraphContext } from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { User } from './user.entity.js';
import { Role } from './role.entity.js';
import { UserFilter } from './user.input.js';
import { Office } from '../office/office.entity.js';
import { resolveUserReference, userAreaCondition } from './user.reference.js';
import { resolveOfficeReference } from '../office/office.reference.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';

@ObjectType({ description: 'A page of users.' })
export class UserConnection extends ConnectionType(User, 'User') {}


@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: 'User accounts of the caller\'s area (all for HQ), sorted by username. Needs VIEW on users.' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Conditions the users must meet.' }) filter: UserFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<User>> {
    const { em } = ctx;
    requireAccess(ctx.principal, 'users', AccessLevel.VIEW);
    const conditions: unknown[] = [];
    const area = userAreaCondition(ctx);
    if (area) conditions.push(area);
    if (filter?.officeCode) conditions.push({ office: filter.officeCode });
    if (filter?.roleCode) conditions.push({ roles: { code: filter.roleCode } });
    if (filter?.active != null) conditions.push({ active: filter.active });
    if (filter?.search?.trim()) {
      const like = `%${filter.search.trim()}%`;
      conditions.push({ $or: [{ displayName: { $ilike: like } }, { username: { $ilike: like } }, { email: { $ilike: like } }] });
    }
    return paginate(em, User, { $and: conditions } as FilterQuery<User>, [{ field: 'username', direction: SortDirection.ASC }], page);
  }

  @Query(() => User, { nullable: true, description: 'One user by id, or null if there is none in the caller\'s area.' })
  user(@Arg('id', () => ID, { description: 'User id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<User | null> {
    if (!UUID.test(id)) throw badInput('id', 'must be a UUID');
    return resolveUserReference({ id }, ctx);
  }

  @Query(() => [Role], { description: 'All roles, by code. Needs VIEW on rights.' })
  roles(@Ctx() { em, principal }: SubgraphContext): Promise<Role[]> {
    requireAccess(principal, 'rights', AccessLevel.VIEW);
    return em.find(Role, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => Office, { description: 'The office the user works in; it sets the provinces they see.' })
  async office(@Root() user: User, @Ctx() ctx: SubgraphContext): Promise<Office> {
    const office = await resolveOfficeReference({ code: user.office.code }, ctx);
    if (!office) throw new Error(`office ${user.office.code} missing`);
    return office;
  }

  @FieldResolver(() => [Role], { name: 'roles', description: 'Roles the user holds.' })
  async userRoles(@Root() user: User, @Ctx() { em, loaders }: SubgraphContext): Promise<Role[]> {
    return loaders
      .get<string, Role[]>('rolesByUser', async (ids) => {
        const users = await em.find(User, { id: { $in: [...ids] } }, { populate: ['roles'] });
        return ids.map((id) => users.find((u) => u.id === id)?.roles.getItems() ?? []);
      })
      .load(user.id);
  }
}
