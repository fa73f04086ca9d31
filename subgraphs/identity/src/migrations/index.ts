import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123075439 } from './Migration20261123075439.js';
import { Migration20261123075500_reference_data } from './Migration20261123075500_reference_data.js';
import { Migration20261123082036 } from './Migration20261123082036.js';
import { Migration20261123082100_role_rights } from './Migration20261123082100_role_rights.js';
import { Migration20261123113335 } from './Migration20261123113335.js';

/** Migrations of the identity schema, oldest first. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123075439', class: Migration20261123075439 },
  { name: 'Migration20261123075500_reference_data', class: Migration20261123075500_reference_data },
  { name: 'Migration20261123082036', class: Migration20261123082036 },
  { name: 'Migration20261123082100_role_rights', class: Migration20261123082100_role_rights },
  { name: 'Migration20261123113335', class: Migration20261123113335 },
];
