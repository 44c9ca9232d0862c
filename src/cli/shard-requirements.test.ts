import { describe, expect, it } from 'vitest';
import { catalogue } from '../../suites/index.js';
import { inArea, requirement, type Requirement } from '../run/requirement.js';
import { shardRequirements } from './shard-requirements.js';

const check = (id: string): Requirement =>
  inArea('x', [requirement({ id, level: 'MUST', title: id, rule: id, contract: ['Transport'], operations: [], writes: false, run: async () => [] })])[0];
const observer = (id: string): Requirement =>
  inArea('x', [requirement({ id, level: 'MUST', title: id, rule: id, contract: ['Transport'], operations: [], writes: false, observe: () => undefined })])[0];
const property = (id: string): Requirement =>
  inArea('x', [requirement({ id, level: 'MUST', title: id, rule: id, contract: ['Transport'], operations: [], writes: false, property: true, run: async () => [] })])[0];

describe('shardRequirements', () => {
  const list = [observer('OBS-A'), check('C-1'), check('C-2'), property('P-1'), check('C-3'), check('C-4'), check('C-5'), observer('OBS-B')];
  const ids = (rs: Requirement[]) => rs.map((r) => r.id);
  const rows: { given: { index: number; count: number } | undefined; want: string[] }[] = [
    { given: undefined, want: ['OBS-A', 'C-1', 'C-2', 'P-1', 'C-3', 'C-4', 'C-5', 'OBS-B'] },
    { given: { index: 1, count: 1 }, want: ['OBS-A', 'C-1', 'C-2', 'P-1', 'C-3', 'C-4', 'C-5', 'OBS-B'] },
    { given: { index: 1, count: 2 }, want: ['OBS-A', 'C-1', 'P-1', 'C-3', 'C-5', 'OBS-B'] },
    { given: { index: 2, count: 2 }, want: ['OBS-A', 'C-2', 'P-1', 'C-4', 'OBS-B'] },
    { given: { index: 3, count: 3 }, want: ['OBS-A', 'P-1', 'C-3', 'OBS-B'] },
    { given: { index: 7, count: 7 }, want: ['OBS-A', 'P-1', 'OBS-B'] },
  ];
  it.each(rows)('shard $given', ({ given, want }) => expect(ids(shardRequirements(list, given))).toEqual(want));

  it('splits the real catalogue: every other check in exactly one shard, observers and property checks in all, sizes within one', () => {
    const everywhere = (r: Requirement) => r.observe !== undefined || r.property === true;
    expect(catalogue.filter((r) => r.property).length).toBeGreaterThan(10);
    for (const count of [2, 3, 5]) {
      const shards = Array.from({ length: count }, (_, i) => shardRequirements(catalogue, { index: i + 1, count }));
      const checks = shards.map((s) => s.filter((r) => !everywhere(r)).map((r) => r.id));
      const all = checks.flat().sort();
      expect(all).toEqual(catalogue.filter((r) => !everywhere(r)).map((r) => r.id).sort());
      const sizes = checks.map((c) => c.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      for (const shard of shards) expect(shard.filter(everywhere).length).toBe(catalogue.filter(everywhere).length);
      // The same call gives the same split.
      expect(shardRequirements(catalogue, { index: 1, count }).map((r) => r.id)).toEqual(shards[0].map((r) => r.id));
    }
  });
});
