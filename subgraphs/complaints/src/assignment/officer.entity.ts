import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * An official who handles complaints: the complaints domain's own roster of who works where,
 * with expertise by offence basis (used to assign by expertise or workload, 004 §4.5.1 (7)).
 */
@Entity({ tableName: 'officer' })
@ObjectType({ description: 'An official who handles complaints, with office and expertise.' })
export class Officer {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Property({ type: 'string', length: 8 })
  @Index()
  @Field(() => String, { description: 'Office code.' })
  officeCode!: string;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Head of the office (หัวหน้าสำนักงาน): notified of assignments and escalations.' })
  isHead: boolean = false;

  @Property({ type: 'array', columnType: 'text[]', default: '{}' })
  @Field(() => [String], { description: 'Offence bases the official is expert in (codes).' })
  expertise: string[] = [];

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Takes new assignments.' })
  active: boolean = true;
}

@Entity({ tableName: 'notification' })
@Index({ properties: ['recipientId', 'createdAt'] })
@ObjectType({ description: 'An in-system notification to an official (004 §4.5.1 (5)).' })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  recipientId!: string;

  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'ASSIGNED, ESCALATED, ...' })
  kind!: string;

  @Property({ type: 'uuid', nullable: true })
  complaintId?: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Message in Thai.' })
  message!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the recipient read it.' })
  readAt?: Date | null;
}
