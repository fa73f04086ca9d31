import { Migration } from '@mikro-orm/migrations';
import { OFFENCE_BASES } from '../offence-basis/offence-bases.js';

/** Loads the offence bases (ฐานความผิด) every installation starts with. */
export class Migration20261123075700_offence_bases extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      this.getKnex()
        .withSchema('complaints')
        .table('offence_basis')
        .insert(OFFENCE_BASES.map((b) => ({ code: b.code, title_th: b.titleTh, title_en: b.titleEn, active: true }))),
    );
  }

  override async down(): Promise<void> {
    this.addSql('delete from "complaints"."offence_basis";');
  }
}
