import { readFileSync, readdirSync } from 'node:fs';

/**
 * A process's /proc/<pid>/stat: its command name, the CPU time it has used in its own code (user)
 * and in the kernel (system), in ms, and the CPU time of its child processes that have ended (and
 * that it has waited for).
 */
function readStat(pid: string | number): { command: string; userMs: number; systemMs: number; endedChildrenCpuMs: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in ticks of USER_HZ (100 on Linux): 10 ms each
    return {
      command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      userMs: Number(fields[11]) * 10,
      systemMs: Number(fields[12]) * 10,
      endedChildrenCpuMs: (Number(fields[13]) + Number(fields[14])) * 10,
    };
  } catch {
    return null; // gone
  }
}

/** CPU time (user + system, ms) a process and its child processes (cluster workers) have used so far. */
export function cpuMs(pid: number): number {
  const { userMs, systemMs } = cpuTimes(pid);
  return userMs + systemMs;
}

/**
 * The same, split: time in the process's own code (`userMs`) and in the kernel on its behalf
 * (`systemMs`: socket writes and reads, and on loopback the receiving side's TCP work too).
 */
export function cpuTimes(pid: number): { userMs: number; systemMs: number } {
  const times = { userMs: 0, systemMs: 0 };
  for (const p of [pid, ...childrenOf(pid)]) {
    const stat = readStat(p);
    if (!stat) continue;
    times.userMs += stat.userMs;
    times.systemMs += stat.systemMs;
  }
  return times;
}

/**
 * CPU time (user + system, ms) every process named `command` has used so far, with the ended child
 * processes they waited for (PostgreSQL's server and backends, "postgres": a backend or autovacuum
 * worker that ends between two readings still counts, through the server's total of ended children).
 */
export function cpuMsOfCommand(command: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (stat?.command === command) total += stat.userMs + stat.systemMs + stat.endedChildrenCpuMs;
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
