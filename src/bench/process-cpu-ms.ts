import { readFileSync } from 'node:fs';

/** Clock ticks a second of /proc's utime and stime: 100 on every Linux Node runs on. */
const ticksPerSecond = 100;

/**
 * CPU time (user + system, all threads) a process has used so far, in ms,
 * read from /proc/<pid>/stat; undefined where there is no /proc (not Linux)
 * or the process is gone. For another process: our own has process.cpuUsage().
 */
export function processCpuMs(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return ((utime + stime) * 1000) / ticksPerSecond;
}
