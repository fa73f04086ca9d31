import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ApiClientStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiClientStatus, {
  name: 'ApiClientStatus',
  description: 'Whether an API client may call the graph.',
  valuesConfig: {
    ACTIVE: { description: 'Its credentials work (until they expire).' },
    REVOKED: { description: 'Revoked by an administrator; its credentials are refused.' },
  },
});

/**
 * A system of an integrating agency (the 1569 centre, the bank, NSW, open-data catalogue,
 * outsourced inspection units) that calls the graph with credentials (004 §4.5.11 (1)-(5)).
 */
@Entity({ tableName: 'api_client' })
@ObjectType({ description: 'An integrating agency\'s system that calls the graph with an API key or client id/secret (004 §4.5.11).' })
export class ApiClient {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id of the client.' })
  id!: string;

  @Property({ type: 'string', length: 32, unique: true })
  @Field(() => String, { description: 'Public client id (also the first part of its API key), e.g. mgc_3f9a1c2b7d.' })
  clientId!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Name of the system, e.g. ระบบรับเรื่องร้องเรียน 1569.' })
  name!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Agency that runs the system (หน่วยงาน), e.g. สำนักงานปลัดสำนักนายกรัฐมนตรี.' })
  agency!: string;

  /** sha256 of the secret (the secret is 32 random bytes, so a fast hash suffices). */
  @Property({ type: 'string', length: 64, hidden: true })
  secretHash!: string;

  /** Service groups (functions) the client may use and its level on each, e.g. { registry: 1 }. */
  @Property({ type: 'json' })
  scopes: Record<string, number> = {};

  @Property({ type: 'string', length: 8, nullable: true })
  @Field(() => String, { nullable: true, description: 'Office whose provinces the client is limited to; null for nationwide clients.' })
  officeCode?: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Calls allowed per hour.' })
  callsPerHour!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Calls allowed per day (Thai time).' })
  callsPerDay!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Most rows (first/last) one list in a request may ask for.' })
  maxRowsPerRequest!: number;

  @Enum({ items: () => ApiClientStatus, nativeEnumName: 'api_client_status' })
  @Field(() => ApiClientStatus, { description: 'Active or revoked.' })
  status: ApiClientStatus = ApiClientStatus.ACTIVE;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When the client was registered.' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When its current secret was issued (or last renewed).' })
  secretIssuedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When its current secret stops working; null for no expiry.' })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Last time its credentials were checked by the router.' })
  lastUsedAt?: Date | null;
}

/** Calls of one client in one hour to one service, by outcome (004 §4.5.11 (5)). */
@Entity({ tableName: 'api_usage' })
@Index({ properties: ['hour'] })
export class ApiUsage {
  @PrimaryKey({ type: 'uuid' })
  clientId!: string;

  @PrimaryKey({ type: 'datetime' })
  hour!: Date;

  @PrimaryKey({ type: 'string', length: 40 })
  service!: string;

  @Property({ type: 'integer', default: 0 })
  calls: number = 0;

  @Property({ type: 'integer', default: 0 })
  errors: number = 0;

  @Property({ type: 'integer', default: 0 })
  rejected: number = 0;
}
