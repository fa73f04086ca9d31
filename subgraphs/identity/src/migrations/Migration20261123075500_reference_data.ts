import { Migration } from '@mikro-orm/migrations';
import { OFFICES, PROVINCES, REGIONS } from '../reference/reference-data.js';
import { ROLES } from '../reference/roles.js';

/** Loads the reference data every installation needs: regions, 77 provinces, 33 offices and their jurisdictions, roles. */
export class Migration20261123075500_reference_data extends Migration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    this.addSql(knex.withSchema('identity').table('region').insert(REGIONS.map((r) => ({ code: r.code, name_th: r.nameTh, name_en: r.nameEn }))));
    this.addSql(
      knex
        .withSchema('identity')
        .table('province')
        .insert(
          PROVINCES.map((p) => ({
            code: p.code,
            iso_code: p.isoCode,
            name_th: p.nameTh,
            name_en: p.nameEn,
            region_code: p.regionCode,
            lat: p.lat,
            lng: p.lng,
            grid_row: p.gridRow,
            grid_col: p.gridCol,
          })),
        ),
    );
    this.addSql(
      knex
        .withSchema('identity')
        .table('office')
        .insert(OFFICES.map((o) => ({ code: o.code, kind: o.kind, name_th: o.nameTh, name_en: o.nameEn, province_code: o.provinceCode }))),
    );
    this.addSql(
      knex
        .withSchema('identity')
        .table('office_province')
        .insert(OFFICES.flatMap((o) => o.servedProvinceCodes.map((p) => ({ office_code: o.code, province_code: p })))),
    );
    this.addSql(
      knex.withSchema('identity').table('role').insert(ROLES.map((r) => ({ code: r.code, name_th: r.nameTh, name_en: r.nameEn, description: r.description }))),
    );
  }

  override async down(): Promise<void> {
    for (const table of ['user_role', 'office_province', 'office', 'role', 'province', 'region']) {
      this.addSql(`delete from "identity"."${table}";`);
    }
  }
}
