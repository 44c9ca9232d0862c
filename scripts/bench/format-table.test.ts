import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table.js';

describe('formatTable', () => {
  it('pads columns to their widest cell, numbers to the right', () => {
    const table = formatTable(
      ['figure', 'value', 'note'],
      [
        ['ceiling', '12,345 req/s', 'GET'],
        ['suite', '800 req/s', ''],
      ],
    );
    expect(table.split('\n')).toEqual([
      'figure   value         note',
      '-------  ------------  ----',
      'ceiling  12,345 req/s  GET',
      'suite       800 req/s',
    ]);
  });

  it('prints a header alone when there are no rows', () => {
    expect(formatTable(['a', 'bb'], [])).toBe('a  bb\n-  --');
  });
});
