import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../src/spec/load-spec.js';
import { createAjv } from '../src/validate/create-ajv.js';
import { schemaKeys, type PrebuiltValidators } from '../src/validate/validators.js';
import { prebuiltValidatorsModule } from './build-spec.js';

// The prebuilt validators must judge every value as the ones Ajv compiles at run time: same
// verdict, same errors, for every schema of the spec (a built run uses the first, a run from the
// sources or of another spec the second).

const spec = await loadSpec();
const dir = await mkdtemp(join(tmpdir(), 'prebuilt-validators-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
// Written outside the project: its runtime module is the one of the sources, by URL.
const file = join(dir, 'users.validators.mjs');
await writeFile(file, prebuiltValidatorsModule(spec, 'abc', new URL('../src/validate/prebuilt-runtime.ts', import.meta.url).href));
const prebuilt = (await import(pathToFileURL(file).href)) as PrebuiltValidators;
const ajv = createAjv();

const user = {
  userId: 'usr_1',
  email: 'a@example.com',
  firstName: 'A',
  lastName: 'B',
  dateOfBirth: '1990-01-01',
  country: 'US',
  phoneNumber: '+1234567890',
  status: 'active',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-02T00:00:00.5+05:30',
  verificationStatus: { email: 'verified', identity: 'pending', address: 'rejected' },
};
const bases: unknown[] = [
  user,
  { users: [user, { ...user, userId: 'usr_2' }], metadata: { total: 2, limit: 100, offset: 0 } },
  { title: 'Unprocessable', status: 422, errors: [{ field: 'email', message: 'invalid' }] },
  { error: 'bad', message: 'no' },
];
const odd = [null, 0, 1.5, -1, 1001, 'x', '', '   ', 'ACTIVE', '2999-01-01', '1899-12-31', '2021-02-30', '2024-01-01 00:00:00', 'a b@x.y', '𠀀'.repeat(101), '+0123', {}, [], [{}]];
/** Each base, each field of it (and of its first user) removed or replaced by each odd value; the odd values alone. */
function values(): unknown[] {
  const out: unknown[] = [...bases, ...odd];
  for (const base of bases as Record<string, unknown>[]) {
    for (const field of Object.keys(base)) {
      const { [field]: _removed, ...without } = base;
      out.push(without, ...odd.map((value) => ({ ...base, [field]: value })));
    }
  }
  for (const field of Object.keys(user)) out.push(...odd.map((value) => ({ users: [{ ...user, [field]: value }], metadata: { total: 1, limit: 1, offset: 0 } })));
  return [...out, ...fc.sample(fc.jsonValue(), { seed: 7, numRuns: 100 })];
}

describe('prebuilt validators (npm run build)', () => {
  const keys = [...schemaKeys(spec)];
  it('has one for every schema a run validates against', () => {
    expect(Object.keys(prebuilt.validators).sort()).toEqual(keys.map(([key]) => key).sort());
    expect(prebuilt.sha256).toBe('abc');
  });

  it.each(keys)('%s judges as the compiled one does', (key, schema) => {
    const compiled = ajv.compile(schema);
    const built = prebuilt.validators[key];
    for (const value of values()) {
      const want = { valid: compiled(value), errors: compiled.errors ?? null };
      expect({ valid: built(value), errors: built.errors ?? null }, JSON.stringify(value)).toEqual(want);
    }
  });
});
