import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conformForTest } from '../test/support/conform-for-test.js';
import { faultNames } from '../src/reference/faults.js';
import { catalogue } from './index.js';

const suitesDir = fileURLToPath(new URL('.', import.meta.url));
/** Every `*.faults.test.ts` under suites/: the rows that prove each requirement can fail. */
const faultTests = readdirSync(suitesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.faults.test.ts'))
  .map((file) => readFileSync(join(suitesDir, file), 'utf8'))
  .join('\n');
/** Ids named in `want: [...]` of a fault row whose fault is named in the same row. */
const proven = new Set(
  [...faultTests.matchAll(/\{\s*fault:\s*'([^']+)'[^}]*?want:\s*\[([^\]]*)\]/g)].flatMap((row) => [...row[2].matchAll(/'([A-Z0-9-]+)'/g)].map((m) => m[1])),
);
const faultsUsed = new Set([...faultTests.matchAll(/fault:\s*'([^']+)'/g)].map((m) => m[1]));

describe('the catalogue', () => {
  it.each(catalogue.map((r) => r.id))('%s is proven able to fail by a fault of the reference server', (id) => {
    expect(proven.has(id)).toBe(true);
  });

  it('uses only faults the reference server has, and every fault proves some requirement', () => {
    expect([...faultsUsed].filter((f) => !faultNames.includes(f as never))).toEqual([]);
    expect(faultNames.filter((f) => !faultsUsed.has(f))).toEqual([]);
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
