import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/**
 * One audited event: sign-ins (success and failure), lockouts, unlocks, rights changes,
 * credential issue/renew/revoke and use, exports (002 §4.7.6-4.7.10, §4.7.10 log of access).
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['at'] })
@Index({ properties: ['kind', 'at'] })
@ObjectType({ description: 'An audited event (บันทึกการใช้งาน): who did what, when, to what, and whether it succeeded.' })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id of the event.' })
  id!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it happened.' })
  at: Date = new Date();

  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'What happened, e.g. SIGN_IN, SIGN_IN_FAILED, LOCKED, UNLOCKED, RIGHTS_CHANGED, API_CLIENT_ISSUED, API_KEY_USED, EXPORT.' })
  kind!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False for refused attempts (wrong password, locked account, revoked key, exceeded quota).' })
  success!: boolean;

  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'Kind of actor: user, api-client, system or anonymous.' })
  actorKind!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'Id of the acting user or API client.' })
  actorId?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Username or client name of the actor, or the username tried for a failed sign-in.' })
  actorName!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Kind of thing acted on, e.g. User, Role, ApiClient.' })
  subjectType?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Id or code of the thing acted on.' })
  subjectId?: string | null;

  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject, { description: 'Details, e.g. the reason of a failure or the rights before and after a change.' })
  detail: Record<string, unknown> = {};
}
