import type { Requirement } from '../run/requirement.js';

/** The catalogue as text: one line a requirement, grouped by area. */
export function formatCatalogue(requirements: readonly Requirement[]): string {
  const width = Math.max(...requirements.map((r) => r.id.length));
  const lines: string[] = [];
  let area = '';
  for (const r of requirements) {
    if (r.area !== area) {
      area = r.area;
      lines.push(`${lines.length ? '\n' : ''}${area}`);
    }
    lines.push(`  ${r.id.padEnd(width)}  ${r.level.padEnd(6)}  ${r.title}${r.writes ? '' : '  (read-only)'}`);
  }
  return `${lines.join('\n')}\n\n${requirements.length} requirements`;
}
