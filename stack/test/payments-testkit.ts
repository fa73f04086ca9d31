/** Test helpers for the payments domain: the bank simulator as its own process, and its control API. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIMULATOR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../subgraphs/payments/bank-simulator/bank-simulator.mjs');

export interface BankSimulator {
  url: string;
  /** Calls the simulator's control API (/sim/...). */
  control<T = any>(route: string, body?: Record<string, unknown>): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

export async function startBankSimulator(env: { secret: string; billerId: string; callbackUrl?: string }): Promise<BankSimulator> {
  const child: ChildProcess = spawn(process.execPath, [SIMULATOR], {
    env: { ...process.env, PORT: '0', BANK_SHARED_SECRET: env.secret, BILLER_ID: env.billerId, CALLBACK_URL: env.callbackUrl ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n')) resolve((JSON.parse(line) as { listening: number }).listening);
    });
    child.once('exit', (code) => reject(new Error(`bank simulator exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async control(route, body) {
      const response = await fetch(`${url}${route}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as never };
    },
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
