import { describe, expect, it } from 'vitest';
import { paint, useColour } from './colour.js';

describe('useColour', () => {
  const rows: { tty: boolean; env: Record<string, string>; want: boolean }[] = [
    { tty: true, env: {}, want: true },
    { tty: false, env: {}, want: false },
    { tty: true, env: { NO_COLOR: '1' }, want: false },
    { tty: true, env: { NO_COLOR: '' }, want: true },
    { tty: false, env: { NO_COLOR: '1' }, want: false },
  ];
  it.each(rows)('tty $tty, env $env → $want', ({ tty, env, want }) => expect(useColour(tty, env)).toBe(want));
});

describe('paint', () => {
  it('wraps in ANSI codes only when enabled', () => {
    expect(paint(true)('red', 'FAIL')).toBe('\u001b[31mFAIL\u001b[39m');
    expect(paint(false)('red', 'FAIL')).toBe('FAIL');
  });
});
