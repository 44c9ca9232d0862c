import { describe, expect, it } from 'vitest';
import { createDeadline, sleep } from './timers.js';

describe('createDeadline', () => {
  it('aborts with a TimeoutError once its time has run', async () => {
    const deadline = createDeadline(20);
    await sleep(60);
    expect(deadline.signal.aborted).toBe(true);
    expect((deadline.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it.each([
    { given: 'a stop that fires while it runs', stopFirst: false },
    { given: 'a stop that had fired before it began', stopFirst: true },
  ])('aborts with the reason of $given', ({ stopFirst }) => {
    const stop = new AbortController();
    if (stopFirst) stop.abort('interrupted');
    const deadline = createDeadline(10_000, stop.signal);
    if (!stopFirst) stop.abort('interrupted');
    expect(deadline.signal.reason).toBe('interrupted');
    deadline.clear();
  });

  it('once cleared, holds no listener on the stop and never aborts', async () => {
    const stop = new AbortController();
    const deadline = createDeadline(20, stop.signal);
    deadline.clear();
    stop.abort('interrupted');
    await sleep(60);
    expect(deadline.signal.aborted).toBe(false);
  });

  it('does not count the time between pause() and resume()', async () => {
    const deadline = createDeadline(40);
    deadline.pause();
    await sleep(80);
    expect(deadline.signal.aborted).toBe(false);
    deadline.resume();
    await sleep(100);
    expect(deadline.signal.aborted).toBe(true);
  });
});
