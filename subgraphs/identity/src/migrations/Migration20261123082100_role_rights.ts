import { Migration } from '@mikro-orm/migrations';
import { ROLE_PARENTS, ROLE_RIGHTS } from '../reference/roles.js';

/** The starting rights of the seeded roles and their inheritance. */
export class Migration20261123082100_role_rights extends Migration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    for (const [code, parent] of Object.entries(ROLE_PARENTS)) {
      this.addSql(knex.withSchema('identity').table('role').update({ parent_code: parent }).where({ code }));
    }
    const rows = Object.entries(ROLE_RIGHTS).flatMap(([role, rights]) => Object.entries(rights).map(([fn, level]) => ({ role_code: role, function_code: fn, level })));
    this.addSql(knex.withSchema('identity').table('role_right').insert(rows));
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "identity"."role_right";`);
    this.addSql(`update "identity"."role" set parent_code = null;`);
  }
}
