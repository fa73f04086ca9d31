import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161322_case_office_list_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "legal_case_office_code_opened_at_index" on "complaints"."legal_case" ("office_code", "opened_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "complaints"."legal_case_office_code_opened_at_index";`);
  }

}
