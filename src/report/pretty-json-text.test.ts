import { describe, expect, it } from 'vitest';
import { prettyJsonText } from './pretty-json-text.js';

describe('prettyJsonText', () => {
  const rows: { name: string; given: string; want: string | undefined }[] = [
    { name: 'object', given: '{"a":1,"b":[true,null]}', want: '{\n  "a": 1,\n  "b": [\n    true,\n    null\n  ]\n}' },
    { name: 'empty containers stay compact', given: '{"a":{},"b":[ ]}', want: '{\n  "a": {},\n  "b": []\n}' },
    { name: 'numbers kept as sent', given: '{"id":12345678901234567890,"x":1.0,"y":1e3,"z":-0}', want: '{\n  "id": 12345678901234567890,\n  "x": 1.0,\n  "y": 1e3,\n  "z": -0\n}' },
    { name: 'strings with structure characters and escapes kept', given: '{"s":"a,b:{c}[d] \\"q\\" \\\\","u":"\\u00e9"}', want: '{\n  "s": "a,b:{c}[d] \\"q\\" \\\\",\n  "u": "\\u00e9"\n}' },
    { name: 'duplicate keys kept', given: '{"a":1,"a":2}', want: '{\n  "a": 1,\n  "a": 2\n}' },
    { name: 'already pretty is re-laid the same', given: '{\n  "a": 1\n}', want: '{\n  "a": 1\n}' },
    { name: 'surrounding white space ignored', given: '  [1]\n', want: '[\n  1\n]' },
    { name: 'scalar is not shown as JSON', given: '42', want: undefined },
    { name: 'invalid JSON', given: '{"a":', want: undefined },
    { name: 'HTML', given: '<html></html>', want: undefined },
    { name: 'empty', given: '', want: undefined },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(prettyJsonText(given)).toBe(want);
  });

  it('stops indenting deeper than its limit, so a body nested 20,000 deep stays small', () => {
    expect(prettyJsonText('[[[1]]]', 2, 1)).toBe('[\n  [\n  [\n  1\n  ]\n  ]\n]');
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const shown = prettyJsonText(deep)!;
    expect(shown.length).toBeLessThan(3_000_000);
    expect(Math.max(...shown.split('\n').map((line) => line.length))).toBe(32 * 2 + 2);
  });
});
