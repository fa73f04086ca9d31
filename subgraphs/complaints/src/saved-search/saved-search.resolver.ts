import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { PageArgs, SortDirection, UserError, paginate, sortKeys, userError, type Connection, type SubgraphContext } from '@metrograph/kit';
import { SavedSearch } from './saved-search.entity.js';
import { ComplaintFilter, ComplaintOrder } from '../complaint/complaint.input.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { ComplaintConnection, complaintConditions } from '../complaint/complaint.resolver.js';

@InputType({ description: 'Save a complaint search under a name to run again later.' })
export class SaveSearchInput {
  @Field(() => String, { description: 'Name, unique among your saved searches.' })
  name!: string;

  @Field(() => ComplaintFilter, { description: 'The filter to keep.' })
  filter!: ComplaintFilter;

  @Field(() => [ComplaintOrder], { nullable: true, description: 'The sort keys to keep.' })
  orderBy?: ComplaintOrder[];
}

@ObjectType({ description: 'Result of saving or deleting a search.' })
export class SavedSearchPayload {
  @Field(() => SavedSearch, { nullable: true, description: 'The saved search; null when refused or deleted.' })
  savedSearch?: SavedSearch | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors: UserError[] = [];
}

function ownerOf(ctx: SubgraphContext): string {
  if (!ctx.principal.id) throw new GraphQLError('Sign in to save searches', { extensions: { code: 'UNAUTHENTICATED' } });
  return ctx.principal.id;
}

@Resolver(() => SavedSearch)
export class SavedSearchResolver {
  @Query(() => [SavedSearch], { description: 'Your saved complaint searches, by name.' })
  savedSearches(@Ctx() ctx: SubgraphContext): Promise<SavedSearch[]> {
    return ctx.em.find(SavedSearch, { ownerId: ownerOf(ctx) }, { orderBy: { name: 'asc' } });
  }

  @Mutation(() => SavedSearchPayload, { description: 'Save (or replace, by name) a complaint search.' })
  async saveSearch(@Arg('input', () => SaveSearchInput, { description: 'Name and search.' }) input: SaveSearchInput, @Ctx() ctx: SubgraphContext): Promise<SavedSearchPayload> {
    const payload = new SavedSearchPayload();
    const name = input.name.trim();
    if (!name) {
      payload.userErrors = [userError(['input', 'name'], 'REQUIRED', 'give the search a name')];
      return payload;
    }
    const ownerId = ownerOf(ctx);
    const existing = await ctx.em.findOne(SavedSearch, { ownerId, name });
    const search = existing ?? ctx.em.create(SavedSearch, { id: randomUUID(), ownerId, name, createdAt: new Date() } as never);
    search.filter = JSON.parse(JSON.stringify(input.filter));
    search.orderBy = JSON.parse(JSON.stringify(input.orderBy ?? []));
    await ctx.em.persistAndFlush(search);
    payload.savedSearch = search;
    return payload;
  }

  @Mutation(() => SavedSearchPayload, { description: 'Delete one of your saved searches.' })
  async deleteSavedSearch(@Arg('id', () => ID, { description: 'The saved search.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<SavedSearchPayload> {
    const payload = new SavedSearchPayload();
    const deleted = await ctx.em.nativeDelete(SavedSearch, { id, ownerId: ownerOf(ctx) });
    if (deleted === 0) payload.userErrors = [userError(['id'], 'NOT_FOUND', 'no such saved search of yours')];
    return payload;
  }

  @Query(() => ComplaintConnection, { description: 'Runs one of your saved searches (always within your area).' })
  async runSavedSearch(
    @Arg('id', () => ID, { description: 'The saved search.' }) id: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Complaint>> {
    const search = await ctx.em.findOne(SavedSearch, { id, ownerId: ownerOf(ctx) });
    if (!search) throw new GraphQLError('no such saved search of yours', { extensions: { code: 'NOT_FOUND' } });
    search.lastRunAt = new Date();
    await ctx.em.flush();
    const filter = revive(search.filter) as ComplaintFilter;
    const orderBy = search.orderBy as { field: string; direction: SortDirection }[];
    return paginate(ctx.em, Complaint, await complaintConditions(ctx.em, filter, ctx.principal), sortKeys(orderBy, [{ field: 'receivedAt', direction: SortDirection.DESC }]), page);
  }
}

/** Dates in a stored filter come back as ISO strings; make them dates again. */
function revive(filter: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...filter };
  for (const key of ['receivedFrom', 'receivedTo']) if (typeof out[key] === 'string') out[key] = new Date(out[key] as string);
  return out;
}
