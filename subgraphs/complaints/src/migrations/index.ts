import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123075612 } from './Migration20261123075612.js';
import { Migration20261123075700_offence_bases } from './Migration20261123075700_offence_bases.js';
import { Migration20261123081746 } from './Migration20261123081746.js';
import { Migration20261123082326 } from './Migration20261123082326.js';
import { exportMigration } from '../export/migration.js';
import { hotlineMigration } from '../hotline/migration.js';
import { Migration20261123084035 } from './Migration20261123084035.js';
import { Migration20261123113408_instrument_type } from './Migration20261123113408_instrument_type.js';
import { Migration20261123120000_complaint_rollup } from './Migration20261123120000_complaint_rollup.js';
import { Migration20261123150000_complaint_overdue_rollup } from './Migration20261123150000_complaint_overdue_rollup.js';
import { Migration20261123151000_rollup_area_indexes } from './Migration20261123151000_rollup_area_indexes.js';
import { Migration20261123153425_office_list_indexes } from './Migration20261123153425_office_list_indexes.js';
import { Migration20261123175245_open_complaint_list_indexes } from './Migration20261123175245_open_complaint_list_indexes.js';
import { Migration20261123161322_case_office_list_index } from './Migration20261123161322_case_office_list_index.js';

/** Migrations of the complaints schema, oldest first. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123075612', class: Migration20261123075612 },
  { name: 'Migration20261123075700_offence_bases', class: Migration20261123075700_offence_bases },
  { name: 'Migration20261123081746', class: Migration20261123081746 },
  { name: 'Migration20261123082326', class: Migration20261123082326 },
  exportMigration,
  hotlineMigration,
  { name: 'Migration20261123084035', class: Migration20261123084035 },
  { name: 'Migration20261123113408_instrument_type', class: Migration20261123113408_instrument_type },
  { name: 'Migration20261123120000_complaint_rollup', class: Migration20261123120000_complaint_rollup },
  { name: 'Migration20261123150000_complaint_overdue_rollup', class: Migration20261123150000_complaint_overdue_rollup },
  { name: 'Migration20261123151000_rollup_area_indexes', class: Migration20261123151000_rollup_area_indexes },
  { name: 'Migration20261123153425_office_list_indexes', class: Migration20261123153425_office_list_indexes },
  { name: 'Migration20261123161322_case_office_list_index', class: Migration20261123161322_case_office_list_index },
  { name: 'Migration20261123175245_open_complaint_list_indexes', class: Migration20261123175245_open_complaint_list_indexes },
];
