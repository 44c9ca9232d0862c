import { describeFinding } from './describe-finding.js';
import { escapeXml } from './escape.js';
import { formatSeconds } from './format.js';
import type { ConformanceReport } from './report-model.js';
import { requirementOutcome, type Outcome, type RequirementResult } from '../run/results.js';

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  ms: number;
}

/**
 * The report as JUnit XML (the Ant/Surefire dialect GitHub, GitLab and Jenkins read): one
 * <testsuite> per area, one <testcase> per requirement. A failed SHOULD fails the test only
 * under --strict; otherwise the test passes and the findings go to <system-out> as a WARNING.
 */
export function renderJunit(report: ConformanceReport): string {
  const strict = report.run.strict;
  const timestamp = junitTimestamp(report.run.startedAt);
  const properties = runProperties(report);

  const areas = new Map<string, RequirementResult[]>();
  for (const requirement of report.requirements) {
    const list = areas.get(requirement.area) ?? [];
    list.push(requirement);
    areas.set(requirement.area, list);
  }

  const suites: string[] = [];
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
  for (const [area, requirements] of areas) {
    const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
    const cases = requirements.map((requirement) => {
      const outcome = requirementOutcome(requirement, strict);
      count(counts, outcome, requirement.durationMs);
      return testcase(requirement, outcome, area);
    });
    suites.push(testsuite(area, counts, timestamp, properties, cases));
    add(total, counts);
  }

  // A run that could not be done (or was cut short) must not read as a green report in CI.
  if (report.summary.verdict === 'error') {
    const counts: Counts = { tests: 1, failures: 0, errors: 1, skipped: 0, ms: 0 };
    const message = report.run.note ?? 'the run could not be completed';
    const runCase =
      `    <testcase name="RUN: conformance run" classname="users-api.run" time="0.000">\n` +
      `      <error message="${escapeXml(message, 'attribute')}" type="error">${escapeXml(message)}</error>\n` +
      `    </testcase>`;
    suites.push(testsuite('run', counts, timestamp, properties, [runCase]));
    add(total, counts);
  }

  const name = `${report.tool.name}: ${report.spec.title} ${report.spec.version}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    // No skipped count on the root: the JUnit schema (src/report/junit.xsd) allows it on <testsuite> only.
    `<testsuites name="${escapeXml(name, 'attribute')}" tests="${total.tests}" failures="${total.failures}" ` +
    `errors="${total.errors}" time="${formatSeconds(report.run.durationMs)}">\n` +
    suites.join('\n') +
    (suites.length > 0 ? '\n' : '') +
    `</testsuites>\n`
  );
}

function testsuite(area: string, counts: Counts, timestamp: string, properties: string, cases: string[]): string {
  return (
    `  <testsuite name="${escapeXml(area, 'attribute')}" tests="${counts.tests}" failures="${counts.failures}" ` +
    `errors="${counts.errors}" skipped="${counts.skipped}" time="${formatSeconds(counts.ms)}" timestamp="${timestamp}">\n` +
    properties +
    cases.join('\n') +
    `\n  </testsuite>`
  );
}

function testcase(requirement: RequirementResult, outcome: Outcome, area: string): string {
  const open =
    `    <testcase name="${escapeXml(`${requirement.id}: ${requirement.title}`, 'attribute')}" ` +
    `classname="${escapeXml(`users-api.${area}`, 'attribute')}" time="${formatSeconds(requirement.durationMs)}"`;
  const details = requirement.findings.map((finding, i) => describeFinding(finding, i + 1)).join('\n\n');
  const firstMessage = requirement.findings[0]?.message;

  switch (outcome) {
    case 'passed':
      return `${open}/>`;
    case 'skipped':
      return `${open}>\n      <skipped message="${escapeXml(requirement.reason ?? 'skipped', 'attribute')}"/>\n    </testcase>`;
    case 'failed': {
      const message = firstMessage ?? requirement.reason ?? 'requirement not met';
      const body = [`${requirement.level} ${requirement.id}: ${requirement.rule}`, details].filter(Boolean).join('\n\n');
      return (
        `${open}>\n      <failure message="${escapeXml(message, 'attribute')}" type="${requirement.level}">` +
        `${escapeXml(body)}</failure>\n    </testcase>`
      );
    }
    case 'warning': {
      const body = [`WARNING: SHOULD ${requirement.id} not met: ${requirement.rule}`, details].filter(Boolean).join('\n\n');
      return `${open}>\n      <system-out>${escapeXml(body)}</system-out>\n    </testcase>`;
    }
    case 'errored': {
      const message = requirement.reason ?? firstMessage ?? 'the check could not be completed';
      const body = [message, details].filter(Boolean).join('\n\n');
      return (
        `${open}>\n      <error message="${escapeXml(message, 'attribute')}" type="error">` +
        `${escapeXml(body)}</error>\n    </testcase>`
      );
    }
  }
}

/** Run facts every suite carries, so a CI page alone is enough to replay the run. */
function runProperties(report: ConformanceReport): string {
  const entries: [string, string | undefined][] = [
    ['target', report.target.baseUrl],
    ['fault', report.target.fault],
    ['runId', report.run.id],
    ['seed', String(report.run.seed)],
    ['runs', String(report.run.runs)],
    ['strict', String(report.run.strict)],
    ['readOnly', String(report.run.readOnly)],
    ['existingUsersUntouched', report.run.existingUsersUntouched ? 'true' : undefined],
    ['insecure', report.run.insecure ? 'true' : undefined],
    ['verdict', report.summary.verdict],
    ['note', report.run.note],
    ['tool', `${report.tool.name} ${report.tool.version}`],
  ];
  const lines = entries
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `      <property name="${name}" value="${escapeXml(value, 'attribute')}"/>\n`);
  return `    <properties>\n${lines.join('')}    </properties>\n`;
}

/** JUnit's XSD wants a zone-less `YYYY-MM-DDTHH:MM:SS`; we give UTC. */
function junitTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '1970-01-01T00:00:00' : date.toISOString().slice(0, 19);
}

function count(counts: Counts, outcome: Outcome, ms: number): void {
  counts.tests++;
  if (outcome === 'failed') counts.failures++;
  if (outcome === 'errored') counts.errors++;
  if (outcome === 'skipped') counts.skipped++;
  counts.ms += Number.isFinite(ms) && ms > 0 ? ms : 0;
}

function add(total: Counts, counts: Counts): void {
  total.tests += counts.tests;
  total.failures += counts.failures;
  total.errors += counts.errors;
  total.skipped += counts.skipped;
  total.ms += counts.ms;
}
