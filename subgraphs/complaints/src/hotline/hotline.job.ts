/**
 * The 1569 integration's background work, as one job of the subgraph: registers the centre
 * from configuration (when HOTLINE_INTAKE_SECRET is set) and runs the result sender.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { log } from '@metrograph/kit';
import { HOTLINE_SYSTEM_CODE, ensureExternalSystem } from './external-system.service.js';
import { integrationKeyFromEnv } from './secret-box.js';
import { startResultSender, type ResultSender, type ResultSenderOptions } from './result-sender.js';

const SERVICE = 'complaints';

/**
 * Registers system 1569 with the secret in HOTLINE_INTAKE_SECRET (the one the centre signs
 * complaints with), replacing a different stored one. Does nothing when the variable is unset
 * (then systems are registered by the seed or an operator with registerExternalSystem).
 */
export async function registerHotlineFromEnv(orm: MikroORM, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const secret = env.HOTLINE_INTAKE_SECRET;
  if (!secret) return false;
  await ensureExternalSystem(
    orm.em.fork(),
    { code: HOTLINE_SYSTEM_CODE, name: env.HOTLINE_INTAKE_NAME || 'ศูนย์รับเรื่องร้องเรียน 1569 กรมการค้าภายใน', secret },
    integrationKeyFromEnv(env),
  );
  log(SERVICE, 'info', 'system 1569 registered from HOTLINE_INTAKE_SECRET');
  return true;
}

/** Starts the 1569 work; `stop()` ends it. Use as `jobs: [startHotline]` in the subgraph definition. */
export function startHotline(orm: MikroORM, options: ResultSenderOptions = {}): ResultSender {
  const registered = registerHotlineFromEnv(orm).catch((error: unknown) => {
    log(SERVICE, 'error', 'could not register system 1569 from HOTLINE_INTAKE_SECRET', { error: String(error) });
    return false;
  });
  const sender = startResultSender(orm, options);
  return {
    enabled: sender.enabled,
    sendDue: () => sender.sendDue(),
    async stop() {
      await registered;
      await sender.stop();
    },
  };
}
