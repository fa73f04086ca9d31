import { readFileSync, readdirSync } from 'node:fs';

/** CPU time (user + system, ms) a process and its child processes (cluster workers) have used so far. */
export function cpuMs(pid: number): number {
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  const own = (p: number) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    } catch {
      return 0;
    }
  };
  let total = own(pid);
  for (const child of childrenOf(pid)) total += own(child);
  return total;
}

/** CPU time (user + system, ms) every process named `command` has used so far (PostgreSQL's server and backends: "postgres"). */
export function cpuMsOfCommand(command: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== command) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ 100: a tick is 10 ms
    } catch {
      /* gone */
    }
  }
  return total;
}

/** Resident memory (MB) of a process and its child processes (cluster workers). */
export function rssMb(pid: number): number {
  const own = (p: number) => {
    try {
      const line = readFileSync(`/proc/${p}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
      return line ? Number(line.split(/\s+/)[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  };
  let total = own(pid);
  for (const child of childrenOf(pid)) total += own(child);
  return Math.round(total * 10) / 10;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[1]) === pid) children.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return children;
}
