import { print, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { LiveContext } from './live-schema.js';
import { liveFieldResolver } from './live-schema.js';
import { pushIterator } from './hub.js';

type Result = ExecutionResult;

interface Group {
  members: Set<(result: Result) => void>;
  source: AsyncIterator<Result> | null;
}

/**
 * Subscribers with the same operation, variables and principal (area, rights) get the same
 * results: the operation runs once per event for the whole group, not once per subscriber,
 * so a dashboard watched by thousands costs one execution per change.
 */
export class SubscriptionGroups {
  private readonly groups = new Map<string, Group>();

  private key(args: ExecutionArgs): string {
    const context = args.contextValue as LiveContext;
    const p = context.principal;
    return JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? {}, p.kind, p.id, p.provinceCodes, p.rights]);
  }

  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<Result> | Result> {
    // a resume (`after`) replays this subscriber's own gap: never shared
    if (/\bafter\s*:/.test(print(args.document))) {
      return subscribe({ ...args, fieldResolver: liveFieldResolver }) as Promise<AsyncIterableIterator<Result> | Result>;
    }
    const key = this.key(args);
    let group = this.groups.get(key);
    if (!group) {
      const started = await subscribe({ ...args, fieldResolver: liveFieldResolver });
      if (!(Symbol.asyncIterator in (started as object))) return started as Result;
      const created: Group = { members: new Set(), source: started as AsyncIterator<Result> };
      group = created;
      this.groups.set(key, created);
      void (async () => {
        for (;;) {
          const next = await created.source!.next();
          if (next.done) break;
          for (const member of created.members) member(next.value);
        }
      })();
    }
    const current = group;
    const { push, iterator } = pushIterator<Result>(() => {
      current.members.delete(push);
      if (current.members.size === 0 && this.groups.get(key) === current) {
        this.groups.delete(key);
        void current.source?.return?.();
      }
    });
    current.members.add(push);
    return iterator;
  }

  get size(): number {
    return this.groups.size;
  }

  /** Subscribers sharing groups right now. */
  get subscribers(): number {
    let total = 0;
    for (const group of this.groups.values()) total += group.members.size;
    return total;
  }
}
