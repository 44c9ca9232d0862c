/**
 * A plain-text table: a header row, a rule, then the rows; every column as
 * wide as its widest cell, text left-aligned, numbers right-aligned.
 */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = /^[-+~≈]?[0-9][0-9,.]*( ?[%×a-zA-Z/µ]+)?$/;
  const line = (row: readonly string[]) =>
    widths
      .map((width, i) => {
        const cell = row[i] ?? '';
        return i > 0 && numeric.test(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
