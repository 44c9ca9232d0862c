import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../report/render-markdown.js';
import { sampleReport } from '../../test/support/sample-report.js';
import { escapeWorkflowCommand, githubAnnotations, publishCiOutput } from './ci-output.js';

describe('escapeWorkflowCommand', () => {
  const rows: { given: string; context: 'data' | 'property'; want: string }[] = [
    { given: 'plain text', context: 'data', want: 'plain text' },
    { given: '100% done\r\nnext line', context: 'data', want: '100%25 done%0D%0Anext line' },
    { given: 'a: b, c', context: 'data', want: 'a: b, c' },
    { given: 'a: b, c%\n', context: 'property', want: 'a%3A b%2C c%25%0A' },
    { given: '%0A', context: 'data', want: '%250A' },
  ];
  it.each(rows)('$context: $given', ({ given, context, want }) => expect(escapeWorkflowCommand(given, context)).toBe(want));
});

describe('githubAnnotations', () => {
  it('one ::error per failed MUST or errored requirement, one ::warning per failed SHOULD', () => {
    expect(githubAnnotations(sampleReport())).toEqual([
      '::warning title=CREATE-LOCATION::SHOULD a created user comes with a Location header: POST /v1/users answered 201 without a Location header',
      '::error title=CREATE-REJECT-INVALID::MUST a body that breaks a field rule is rejected with 422: expected status 422, got 500 | the target must never answer with a 5xx (and 1 more finding)',
      '::error title=PATCH-UPDATEDAT::MUST updatedAt never goes back: could not be checked: request timed out after 10000 ms',
    ]);
  });

  it('a failed SHOULD is an ::error under --strict', () => {
    expect(githubAnnotations(sampleReport({ run: { strict: true } }))[0]).toMatch(/^::error title=CREATE-LOCATION::SHOULD /);
  });

  it('a run that could not be done is an ::error too', () => {
    expect(githubAnnotations(sampleReport({ requirements: [], run: { note: 'target unreachable: http://127.0.0.1:1: ECONNREFUSED' } }))).toEqual([
      '::error title=conformance run::target unreachable: http://127.0.0.1:1: ECONNREFUSED',
    ]);
  });

  it('a message with newlines and % stays one command', () => {
    const report = sampleReport();
    report.requirements[2].findings[0].message = 'line one\nline two 100%';
    const line = githubAnnotations(report).find((l) => l.includes('CREATE-REJECT-INVALID'))!;
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toContain('line one%0Aline two 100%25');
  });

  it('a conformant report has none', () => {
    const passed = sampleReport().requirements.filter((r) => r.status === 'passed');
    expect(githubAnnotations(sampleReport({ requirements: passed }))).toEqual([]);
  });
});

describe('publishCiOutput', () => {
  it('prints annotations only under GITHUB_ACTIONS and appends the Markdown summary to GITHUB_STEP_SUMMARY', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conform-ci-'));
    try {
      const summary = join(dir, 'step-summary.md');
      await writeFile(summary, 'earlier step\n');
      const out: string[] = [];
      const err: string[] = [];
      const report = sampleReport();
      await publishCiOutput(report, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }, { out: (l) => out.push(l), err: (l) => err.push(l) }, ['extra']);
      expect(out).toEqual(githubAnnotations(report));
      expect(err).toEqual([]);
      expect(await readFile(summary, 'utf8')).toBe(`earlier step\n${renderMarkdown(report)}\nextra\n`);

      out.length = 0;
      await publishCiOutput(report, {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
      expect(out).toEqual([]);

      await publishCiOutput(report, { GITHUB_STEP_SUMMARY: join(dir, 'missing', 'x.md') }, { out: (l) => out.push(l), err: (l) => err.push(l) });
      expect(err).toEqual([expect.stringMatching(/^conform: warning: could not append to GITHUB_STEP_SUMMARY .*ENOENT$/)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
