import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { AccessLevel } from '@metrograph/kit';
import { Role } from '../user/role.entity.js';
import { User } from '../user/user.entity.js';

/** The level a role gives on one function (group rights, 002 §4.7.2). */
@Entity({ tableName: 'role_right' })
export class RoleRight {
  @ManyToOne(() => Role, { primary: true, fieldName: 'role_code', deleteRule: 'cascade' })
  role!: Role;

  @PrimaryKey({ type: 'string', length: 40 })
  functionCode!: string;

  @Property({ type: 'smallint' })
  level!: AccessLevel;
}

/** An individual grant: the level one user has on one function, replacing what their roles give (002 §4.7.2). */
@Entity({ tableName: 'user_right' })
export class UserRight {
  @ManyToOne(() => User, { primary: true, fieldName: 'user_id', deleteRule: 'cascade' })
  user!: User;

  @PrimaryKey({ type: 'string', length: 40 })
  functionCode!: string;

  @Property({ type: 'smallint' })
  level!: AccessLevel;
}

/** Earlier password hashes of a user, so a password cannot be reused (002 §4.7.5). */
@Entity({ tableName: 'password_history' })
export class PasswordHistory {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => User, { fieldName: 'user_id', deleteRule: 'cascade', index: true })
  user!: User;

  @Property({ type: 'text' })
  hash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
