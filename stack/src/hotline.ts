/**
 * `pnpm hotline post 5`: the 1569 simulator posts complaints to the running stack, signed with
 * the stack's secrets (from the data folder), as the real complaint centre would.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadStackSecrets } from './secrets.js';
import { ROOT } from './schema.js';

const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? '.data');
const portBase = Number(process.env.PORT_BASE ?? 4000);
const secrets = await loadStackSecrets(dataDir);
const result = spawnSync(process.execPath, [path.join(ROOT, 'subgraphs', 'complaints', 'hotline-simulator', 'main.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    SIM_SECRET: secrets.hotlineIntakeSecret,
    HOTLINE_SECRET: secrets.hotlineSecret,
    HOTLINE_SYSTEM_ID: 'dit-wm',
    INTAKE_URL: process.env.INTAKE_URL ?? `http://127.0.0.1:${portBase}/integrations/1569/complaints`,
  },
});
process.exit(result.status ?? 1);
