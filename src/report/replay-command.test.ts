import { describe, expect, it } from 'vitest';
import type { ConformanceReport } from './report-model.js';
import type { Finding } from '../run/results.js';
import { replayCommand } from './replay-command.js';
import { sampleReport } from '../../test/support/sample-report.js';

const base = sampleReport();
const report = (target: Partial<ConformanceReport['target']>, run: Partial<ConformanceReport['run']> = {}) => ({
  target: { ...base.target, ...target },
  run: { ...base.run, seed: 7, runs: 20, ...run },
});

describe('replayCommand', () => {
  const rows: Array<{ name: string; given: { report: ReturnType<typeof report>; finding?: Finding }; want: string }> = [
    {
      name: 'a target given by URL',
      given: { report: report({ baseUrl: 'http://localhost:8080/api', embedded: false }) },
      want: 'npm run conform -- --base-url=http://localhost:8080/api --seed=7 --only=LIST-ORDER',
    },
    {
      name: 'the embedded server with its faults, and --runs when not the default',
      given: { report: report({ embedded: true, fault: 'trim-names,list-newest-first' }, { runs: 200 }) },
      want: 'npm run conform -- --fault=trim-names --fault=list-newest-first --seed=7 --only=LIST-ORDER --runs=200',
    },
    {
      name: "a property's case found by one shard: its seed and shard",
      given: { report: report({ baseUrl: 'http://h:1', embedded: false }), finding: { message: 'm', seed: 99, path: '3:0', shard: { index: 2, count: 3 } } },
      want: 'npm run conform -- --base-url=http://h:1 --seed=99 --only=LIST-ORDER --shard=2/3',
    },
    {
      name: 'a URL that needs quoting',
      given: { report: report({ baseUrl: "http://h:1/a b'c", embedded: false }) },
      want: "npm run conform -- '--base-url=http://h:1/a b'\\''c' --seed=7 --only=LIST-ORDER",
    },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(replayCommand('LIST-ORDER', given.finding, given.report)).toBe(want);
  });
});
