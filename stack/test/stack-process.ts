/** The stack as a user starts it (`npm start`'s built launcher), on its own ports and data folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../src/schema.js';

export interface StackProcess {
  child: ChildProcess;
  /** Everything the stack printed so far. */
  output(): string;
}

export async function launchStack(options: { portBase: number; webPort: number; dbPort: number; dataDir: string; requireWeb?: boolean }): Promise<StackProcess> {
  const launcher = path.join(ROOT, 'stack', 'dist', 'start.js');
  if (!existsSync(launcher)) throw new Error('stack/dist/start.js is missing: `npm test` builds before testing');
  if (options.requireWeb && !existsSync(path.join(ROOT, 'web', 'build', 'index.js'))) throw new Error('web/build is missing: pnpm --filter @metrograph/web build');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT_BASE: String(options.portBase),
    WEB_PORT: String(options.webPort),
    EMBEDDED_DB_PORT: String(options.dbPort),
    DATA_DIR: options.dataDir,
    METROGRAPH_QUIET: '1',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [launcher], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    // seeding the embedded database alone can take a minute on a busy 2-core machine
    const timer = setTimeout(() => {
      child.kill('SIGTERM'); // never leave a half-started stack behind
      reject(new Error(`stack not ready in 240 s:\n${output}`));
    }, 240_000);
    const check = () => {
      if (output.includes('press Ctrl+C to stop')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`stack exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output };
}
