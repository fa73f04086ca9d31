/** One JSON line per event on stderr, so every service logs alike and logs are machine-readable. */
export function log(service: string, level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown> = {}): void {
  if (process.env.METROGRAPH_QUIET === '1' && level === 'info') return;
  process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, service, message, ...fields }) + '\n');
}
