import { describe, expect, it } from 'vitest';
import { processCpuMs } from './processes.js';

describe('processCpuMs', () => {
  it.runIf(process.platform === 'linux')('reads this process’s CPU time, close to what Node reports', () => {
    const before = processCpuMs(process.pid);
    const start = Date.now();
    while (Date.now() - start < 60) {
      // burn some CPU
    }
    const after = processCpuMs(process.pid);
    const own = process.cpuUsage();
    expect(before).toBeGreaterThanOrEqual(0);
    expect(after!).toBeGreaterThanOrEqual(before!);
    // /proc counts in 10 ms ticks.
    expect(Math.abs(after! - (own.user + own.system) / 1000)).toBeLessThan(100);
  });

  it('is undefined for a process that does not exist', () => {
    expect(processCpuMs(2 ** 22 + 12345)).toBeUndefined();
  });
});
