import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An external system allowed to call the complaints service system to system, e.g. the 1569
 * complaint centre. It signs each request with its secret (see signature.ts); the secret is
 * stored encrypted (secret-box.ts). During a rotation the previous secret stays valid until
 * `previousSecretExpiresAt`, so the other side can switch without a gap.
 * Not part of the GraphQL schema: secrets never leave this service.
 */
@Entity({ tableName: 'external_system' })
export class ExternalSystem {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** What the system sends as x-system-id, e.g. 1569. */
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Current secret, AES-256-GCM under INTEGRATION_KEY. */
  @Property({ type: 'text' })
  secretEncrypted!: string;

  /** The secret before the last rotation, accepted until previousSecretExpiresAt. */
  @Property({ type: 'text', nullable: true })
  previousSecretEncrypted?: string | null;

  @Property({ type: 'datetime', nullable: true })
  previousSecretExpiresAt?: Date | null;

  /** Requests of an inactive system are refused. */
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** When the secret was last replaced; null if never. */
  @Property({ type: 'datetime', nullable: true })
  rotatedAt?: Date | null;
}
