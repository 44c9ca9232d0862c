import { describe, expect, it } from 'vitest';
import { conformForTest } from '../test/support/conform-for-test.js';
import { faultDefinitions } from '../src/reference/faults.js';
import { faultProofs, matrixFiles } from '../test/fault-matrix.js';
import { catalogue } from './index.js';

const ids = new Set<string>(catalogue.map((r) => r.id));
const proven = new Set<string>(faultDefinitions.flatMap((fault) => fault.proves));

describe('the catalogue', () => {
  it.each(catalogue.map((r) => r.id))('%s is proven able to fail by a fault of the reference server', (id) => {
    expect(proven.has(id)).toBe(true);
  });

  it('has every fault prove only requirements of the catalogue', () => {
    expect(faultDefinitions.flatMap((fault) => fault.proves.filter((id) => !ids.has(id)).map((id) => `${fault.name}: ${id}`))).toEqual([]);
  });

  it('runs every fault in the fault matrix, each scope in exactly one test file', () => {
    const proofs = faultProofs();
    expect(faultDefinitions.filter((fault) => !proofs.some((p) => p.fault === fault.name)).map((f) => f.name)).toEqual([]);
    const claims = (scope: string) => Object.values(matrixFiles).filter((scopes: readonly string[]) => scopes.includes(scope)).length;
    expect([...new Set(proofs.map((p) => p.scope))].filter((scope) => claims(scope) !== 1)).toEqual([]);
  });
});

describe('the correct reference server passes every check', () => {
  // 20 different seeds in a row, strict: no flaky check, no false alarm, SHOULD rules included.
  it('for 20 seeds in a row', { timeout: 300_000 }, async () => {
    for (let seed = 101; seed <= 120; seed++) {
      const result = await conformForTest([`--seed=${seed}`, '--strict']);
      expect({ seed, code: result.code, failed: result.failed, errored: result.errored }).toEqual({ seed, code: 0, failed: [], errored: [] });
      // `property: true` is what --shard reads to split a check's cases: it must say which checks generate them.
      if (seed === 101) {
        const generating = result.report!.requirements.filter((r) => r.cases !== undefined).map((r) => r.id);
        expect(generating).toEqual(catalogue.filter((r) => r.property).map((r) => r.id));
      }
    }
  });
});
