import { contractLine, type Requirement } from '../run/requirement.js';

const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');

/** docs/requirements.md, from the requirement definitions themselves, so it never drifts. */
export function renderRequirementsDoc(requirements: readonly Requirement[]): string {
  const areas = [...new Set(requirements.map((r) => r.area))];
  const lines = [
    '# Requirements of the Users API conformance suite',
    '',
    'Generated from `suites/` by `npm run docs` — do not edit by hand. Each row is one',
    'check; MUST failures fail the gate, SHOULD failures are warnings (failures under `--strict`).',
    '`writes: no` means the check also runs under `--read-only`. `how`: `property` checks run',
    'fast-check cases (`--runs`; `--shard` splits them), `observes` rules judge every response',
    'of the run, `cases` checks send the cases the contract names.',
    '',
    `${requirements.length} requirements in ${areas.length} areas.`,
  ];
  for (const area of areas) {
    lines.push('', `## ${area}`, '', '| id | level | writes | how | rule | contract section |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of requirements.filter((x) => x.area === area)) {
      const how = r.property ? 'property' : r.observe ? 'observes' : 'cases';
      lines.push(`| \`${r.id}\` | ${r.level} | ${r.writes ? 'yes' : 'no'} | ${how} | ${cell(r.title)}: ${cell(r.rule)} | ${cell(contractLine(r.contract))} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
