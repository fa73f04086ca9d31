import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153425_office_list_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "complaint_office_code_received_at_index" on "complaints"."complaint" ("office_code", "received_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "complaints"."complaint_office_code_received_at_index";`);
  }

}
