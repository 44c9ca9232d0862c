import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml.js';

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
