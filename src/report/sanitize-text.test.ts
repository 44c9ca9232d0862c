import { describe, expect, it } from 'vitest';
import { sanitizeText } from './sanitize-text.js';

describe('sanitizeText', () => {
  const rows: { name: string; given: string; want: string }[] = [
    { name: 'plain text unchanged', given: 'hello, world', want: 'hello, world' },
    { name: 'tab, LF, CR kept', given: 'a\tb\nc\rd', want: 'a\tb\nc\rd' },
    { name: 'NUL and other C0 controls replaced', given: 'a\u0000b\u0008c\u000Bd\u000Ce\u001Ff', want: 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf' },
    { name: 'lone high surrogate replaced', given: 'x\uD800y', want: 'x\uFFFDy' },
    { name: 'lone low surrogate replaced', given: 'x\uDC00y', want: 'x\uFFFDy' },
    { name: 'reversed surrogate pair replaced twice', given: '\uDE00\uD83D', want: '\uFFFD\uFFFD' },
    { name: 'U+FFFE and U+FFFF replaced', given: '\uFFFE\uFFFF', want: '\uFFFD\uFFFD' },
    { name: 'emoji (a valid pair) kept', given: 'go 🚀 now', want: 'go 🚀 now' },
    { name: 'DEL and C1 controls are legal XML 1.0, kept', given: '\u007F\u0085', want: '\u007F\u0085' },
    { name: 'non-Latin scripts kept', given: 'Zoë 山田 Ольга', want: 'Zoë 山田 Ольга' },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(sanitizeText(given)).toBe(want);
  });
});
