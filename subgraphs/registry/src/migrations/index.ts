import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123075446 } from './Migration20261123075446.js';
import { Migration20261123113333 } from './Migration20261123113333.js';
import { Migration20261123121131 } from './Migration20261123121131.js';

/** Migrations of the registry schema, oldest first. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123075446', class: Migration20261123075446 },
  { name: 'Migration20261123113333', class: Migration20261123113333 },
  { name: 'Migration20261123121131', class: Migration20261123121131 },
];
