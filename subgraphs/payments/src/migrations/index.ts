import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123075933 } from './Migration20261123075933.js';
import { Migration20261123084553 } from './Migration20261123084553.js';
import { Migration20261123120100_payment_rollup } from './Migration20261123120100_payment_rollup.js';
import { Migration20261124000000_pending_area_indexes } from './Migration20261124000000_pending_area_indexes.js';

/** Migrations of the payments schema, oldest first. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123075933', class: Migration20261123075933 },
  // Fee schedule, bank notifications, audit trail, adjustments, outbox/inbox, running numbers; new statuses.
  { name: 'Migration20261123084553', class: Migration20261123084553 },
  // Dashboard rollup kept by triggers, and the index for overdue pay-ins.
  { name: 'Migration20261123120100_payment_rollup', class: Migration20261123120100_payment_rollup },
  // Covering partial indexes of unpaid requests by province and by office (dashboards' overdue figures).
  { name: 'Migration20261124000000_pending_area_indexes', class: Migration20261124000000_pending_area_indexes },
];
