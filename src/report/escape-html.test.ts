import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';

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
