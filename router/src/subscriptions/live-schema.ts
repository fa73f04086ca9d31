import {
  GraphQLError, Kind, buildASTSchema, defaultFieldResolver, getNamedType, isObjectType, parse, print, printSchema,
  type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema,
} from 'graphql';
import type { DomainEvent, Principal } from '@metrograph/kit';
import { FEEDS, visibleTo, type Feed } from './feeds.js';
import { pushIterator, type EventHub } from './hub.js';

export interface LiveContext {
  principal: Principal;
  requestId: string;
}

/** Runs a query through the gateway (query planning, federated fields) as the given principal. */
export type GatewayExecutor = (query: string, variables: Record<string, unknown>, context: LiveContext) => Promise<{ data?: any; errors?: readonly { message: string }[] }>;

interface ChangeSource {
  event: DomainEvent;
  fields: Record<string, unknown>;
}

/** Reads gateway results by response key (aliases), then by field name (event fields). */
export const liveFieldResolver: GraphQLFieldResolver<any, any> = (source, args, context, info) => {
  if (source && typeof source === 'object' && info.path.key in source) return source[info.path.key];
  return defaultFieldResolver(source, args, context, info);
};

function usedVariables(text: string): Set<string> {
  return new Set([...text.matchAll(/\$([_A-Za-z][_0-9A-Za-z]*)/g)].map((m) => m[1]));
}

/** The query that fetches an event's entity with exactly the subscriber's selection (and fragments). */
export function lookupQuery(feed: Feed, info: GraphQLResolveInfo): string {
  const node = info.fieldNodes[0];
  const selection = node.selectionSet ? print(node.selectionSet) : '';
  const fragments = Object.values(info.fragments).map((f) => print(f)).join('\n');
  const used = usedVariables(selection + fragments);
  const definitions = (info.operation.variableDefinitions ?? []).filter((d) => used.has(d.variable.name.value)).map((d) => print(d));
  const root = feed.entity.argument ? `${feed.entity.rootField}(${feed.entity.argument}: $value)` : feed.entity.rootField;
  return `query LiveLookup($value: ${feed.entity.argumentType}${definitions.length ? `, ${definitions.join(', ')}` : ''}) { entity: ${root} ${selection} }\n${fragments}`;
}

/**
 * The graph's API schema made executable for subscriptions: each Subscription field streams the
 * events of its feed that match the subscriber's arguments and area; the event's entity field is
 * fetched through the gateway with the subscriber's own selection and principal.
 */
export function buildLiveSchema(apiSchema: GraphQLSchema, hub: EventHub, execute: GatewayExecutor): GraphQLSchema {
  const schema = buildASTSchema(parse(printSchema(apiSchema)));
  const subscriptionType = schema.getSubscriptionType();
  if (!subscriptionType) return schema;
  const lookups = new Map<string, Promise<unknown>>();
  for (const [fieldName, field] of Object.entries(subscriptionType.getFields())) {
    const feed = FEEDS[fieldName];
    if (!feed) {
      field.subscribe = () => {
        throw new GraphQLError(`${fieldName} is not served yet`, { extensions: { code: 'BAD_REQUEST' } });
      };
      continue;
    }
    field.subscribe = (_root, args: Record<string, any>, context: LiveContext) => {
      const wanted = (event: DomainEvent) =>
        feed.eventTypes.includes(event.type) && visibleTo(context.principal, feed.provinceOf(event)) && feed.matches(args, event);
      const { push, iterator } = pushIterator<ChangeSource>(() => stopListening());
      const deliver = (event: DomainEvent) => {
        if (wanted(event)) push({ event, fields: feed.fields(event) });
      };
      if (args.after) {
        const missed = hub.after(String(args.after));
        if (missed === null) {
          throw new GraphQLError(`event ${args.after} is older than the replay window; reload the data instead`, { extensions: { code: 'RESUME_WINDOW_EXCEEDED', argument: 'after' } });
        }
        for (const event of missed) deliver(event);
      }
      const stopListening = hub.listen(deliver);
      return iterator;
    };
    field.resolve = (source: ChangeSource) => source;
    const changeType = getNamedType(field.type);
    if (!isObjectType(changeType)) continue;
    for (const [name, changeField] of Object.entries(changeType.getFields())) {
      if (name !== feed.entity.field) {
        changeField.resolve = (source: ChangeSource) => source.fields[name];
        continue;
      }
      changeField.resolve = async (source: ChangeSource, _args, context: LiveContext, info) => {
        const query = lookupQuery(feed, info);
        const variables = { ...info.variableValues, value: feed.entity.value(source.event) };
        const key = `${source.event.id}|${JSON.stringify(context.principal.provinceCodes)}|${context.principal.id}|${query}|${JSON.stringify(variables)}`;
        let pending = lookups.get(key);
        if (!pending) {
          pending = execute(query, variables, context).then((result) => {
            if (result.errors?.length && !result.data?.entity) throw new GraphQLError(result.errors.map((e) => e.message).join('; '));
            const entity = result.data?.entity ?? null;
            return feed.entity.pick ? feed.entity.pick(entity) : entity;
          });
          lookups.set(key, pending);
          setTimeout(() => lookups.delete(key), 5_000).unref();
        }
        return pending;
      };
    }
  }
  return schema;
}

export { Kind };
