import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Secrets a stack needs; kept in the data folder so a restart can still read what it encrypted. */
export interface StackSecrets {
  /** Router ↔ subgraph principal signatures. */
  routerSigningSecret: string;
  /** Encrypts stored secrets of integrating systems (complaints: the 1569 centre). */
  integrationKey: string;
  /** What the 1569 centre signs complaints with. */
  hotlineIntakeSecret: string;
  /** What complaints signs results to 1569 with. */
  hotlineSecret: string;
  /** Shared by payments and the bank's direct link (its simulator in the demo), both ways. */
  bankSharedSecret: string;
}

const fresh = (): string => randomBytes(32).toString('base64url');

/** Environment values win; otherwise the data folder's secrets.json, created on first start (mode 600). */
export async function loadStackSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<StackSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<StackSecrets> = {};
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as Partial<StackSecrets>;
  } catch {
    // first start
  }
  const secrets: StackSecrets = {
    routerSigningSecret: env.ROUTER_SIGNING_SECRET ?? stored.routerSigningSecret ?? fresh(),
    integrationKey: env.INTEGRATION_KEY ?? stored.integrationKey ?? fresh(),
    hotlineIntakeSecret: env.HOTLINE_INTAKE_SECRET ?? stored.hotlineIntakeSecret ?? fresh(),
    hotlineSecret: env.HOTLINE_SECRET ?? stored.hotlineSecret ?? fresh(),
    bankSharedSecret: env.BANK_SHARED_SECRET ?? stored.bankSharedSecret ?? fresh(),
  };
  if (JSON.stringify(secrets) !== JSON.stringify({ ...stored })) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
