import { print, subscribe, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { LiveContext } from './live-schema.js';
import { liveFieldResolver } from './live-schema.js';

/** One subscriber of a group: receives each result already serialised (UTF-8 JSON, shared by all members). */
export interface Member {
  next(payload: Buffer): void;
  /** The source failed: the subscription ends with these errors (JSON array text). */
  error(errorsJson: string): void;
  /** The source ended normally. */
  complete(): void;
}

interface Group {
  members: Set<Member>;
  source: AsyncIterator<ExecutionResult>;
}

/** A joined subscription: `leave()` when the subscriber unsubscribes or disconnects. */
export interface Joined {
  leave(): void;
}

/**
 * Subscribers with the same operation, variables and principal (area, rights) get the same
 * results: the operation runs once per event for the whole group, not once per subscriber,
 * and its result is serialised once; each subscriber's socket gets the same text.
 * A dashboard watched by thousands costs one execution and one JSON.stringify per change.
 */
export class SubscriptionGroups {
  private readonly groups = new Map<string, Group>();
  /** Printed text of each document (the WebSocket server hands thousands of joins the same parsed one). */
  private readonly printed = new WeakMap<DocumentNode, string>();

  private key(args: ExecutionArgs, query: string): string {
    const context = args.contextValue as LiveContext;
    const p = context.principal;
    return JSON.stringify([query, args.operationName ?? null, args.variableValues ?? {}, p.kind, p.id, p.provinceCodes, p.rights]);
  }

  /**
   * Starts or joins the group of this operation. Returns the result to send once when the
   * operation could not start (e.g. a resolver refused it): the caller sends it and completes.
   */
  async join(args: ExecutionArgs, member: Member): Promise<Joined | ExecutionResult> {
    let query = this.printed.get(args.document);
    if (query === undefined) {
      query = print(args.document);
      this.printed.set(args.document, query);
    }
    // a resume (`after`) replays this subscriber's own gap: never shared
    const key = /\bafter\s*:/.test(query) ? `private:${Math.random()}:${Date.now()}` : this.key(args, query);
    let group = this.groups.get(key);
    if (!group) {
      const started = await subscribe({ ...args, fieldResolver: liveFieldResolver });
      // another subscriber of the same key may have started it while we awaited
      group = this.groups.get(key);
      if (group) {
        if (Symbol.asyncIterator in (started as object)) void (started as AsyncIterator<ExecutionResult>).return?.();
      } else {
        if (!(Symbol.asyncIterator in (started as object))) return started as ExecutionResult;
        const created: Group = { members: new Set(), source: started as AsyncIterator<ExecutionResult> };
        group = created;
        this.groups.set(key, created);
        void this.pump(key, created);
      }
    }
    const current = group;
    current.members.add(member);
    return {
      leave: () => {
        if (!current.members.delete(member)) return;
        if (current.members.size === 0 && this.groups.get(key) === current) {
          this.groups.delete(key);
          void current.source.return?.();
        }
      },
    };
  }

  /** Reads the group's results and hands each, serialised once, to every member. */
  private async pump(key: string, group: Group): Promise<void> {
    try {
      for (;;) {
        const next = await group.source.next();
        if (next.done) break;
        const payload = Buffer.from(JSON.stringify(next.value));
        for (const member of group.members) member.next(payload);
      }
      for (const member of group.members) member.complete();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const errors = JSON.stringify([{ message }]);
      for (const member of group.members) member.error(errors);
    } finally {
      if (this.groups.get(key) === group) this.groups.delete(key);
      group.members.clear();
    }
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
