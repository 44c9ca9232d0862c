import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, sanitizeText } from './escape.js';

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

describe('escapeHtml', () => {
  const rows: { name: string; given: string; want: string }[] = [
    { name: 'script tag', given: '<script>alert(1)</script>', want: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { name: 'attribute breakout', given: `" onmouseover='x'`, want: '&quot; onmouseover=&#39;x&#39;' },
    { name: 'ampersand', given: 'a & b &lt;', want: 'a &amp; b &amp;lt;' },
    { name: 'NUL and lone surrogate', given: 'a\u0000b\uDFFF', want: 'a\uFFFDb\uFFFD' },
    { name: 'emoji and accents kept', given: 'Zoë 🚀', want: 'Zoë 🚀' },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(escapeHtml(given)).toBe(want);
  });
});

describe('escapeXml', () => {
  const rows: { name: string; given: string; where: 'text' | 'attribute'; want: string }[] = [
    { name: 'markup in text', given: '<a href="x">&</a>', where: 'text', want: '&lt;a href="x"&gt;&amp;&lt;/a&gt;' },
    { name: 'CDATA end in text', given: ']]>', where: 'text', want: ']]&gt;' },
    { name: 'newlines kept in text', given: 'a\nb\tc', where: 'text', want: 'a\nb\tc' },
    { name: 'CR escaped in text (parsers drop it)', given: 'a\r\nb', where: 'text', want: 'a&#13;\nb' },
    { name: 'quotes in attribute', given: `say "hi" & 'bye'`, where: 'attribute', want: 'say &quot;hi&quot; &amp; &apos;bye&apos;' },
    { name: 'white space in attribute kept as references', given: 'a\nb\tc\rd', where: 'attribute', want: 'a&#10;b&#9;c&#13;d' },
    { name: 'illegal characters become U+FFFD', given: 'x\u0000y\uD800', where: 'attribute', want: 'x\uFFFDy\uFFFD' },
    { name: 'entity-looking text is escaped, not trusted', given: '&amp;', where: 'text', want: '&amp;amp;' },
  ];
  it.each(rows)('$name', ({ given, where, want }) => {
    expect(escapeXml(given, where)).toBe(want);
  });
});
