import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createValidators } from '../validate/validators.js';
import { loadSpec, SpecError } from './load-spec.js';

describe('spec/users.openapi.yaml', async () => {
  const spec = await loadSpec();
  const validators = createValidators(spec);

  it('is valid OpenAPI 3.1 (swagger-parser) and indexes the four operations', () => {
    expect([...spec.operations.keys()].sort()).toEqual(['createUser', 'getUser', 'listUsers', 'updateUser']);
  });

  it('documents every response the contract names', () => {
    const statuses = Object.fromEntries([...spec.operations.values()].map((op) => [op.id, Object.keys(op.responses).sort()]));
    expect(statuses).toEqual({
      createUser: ['201', '400', '409', '413', '415', '422'],
      getUser: ['200', '400', '404'],
      updateUser: ['200', '400', '404', '422'],
      listUsers: ['200', '400'],
    });
  });

  // Every example in the spec validates against its own schema, with the suite's Ajv set-up.
  const examples = [...spec.operations.values()].flatMap((op) => [
    ...Object.entries(op.requestBody?.examples ?? {}).map(([name, ex]) => ({ where: `${op.id} request ${name}`, check: validators.requestBody(op.id), value: ex.value })),
    ...Object.entries(op.responses).flatMap(([status, response]) =>
      Object.entries(response.content ?? {}).flatMap(([media, content]) =>
        Object.entries(content.examples ?? {}).map(([name, ex]) => ({
          where: `${op.id} ${status} ${media} ${name}`,
          check: validators.response(op.id, Number(status), media).check!,
          value: ex.value,
        })),
      ),
    ),
  ]);
  it('has the public docs’ examples', () => expect(examples.length).toBeGreaterThanOrEqual(6));
  it.each(examples)('example $where validates', ({ check, value }) => {
    expect(check(value)).toEqual([]);
  });

  it('refuses a document that is not valid OpenAPI, with one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-'));
    const path = join(dir, 'bad.yaml');
    await writeFile(path, 'openapi: 3.1.0\ninfo: {}\npaths: 12\n');
    await expect(loadSpec(path)).rejects.toBeInstanceOf(SpecError);
    await expect(loadSpec(join(dir, 'missing.yaml'))).rejects.toThrow(/not valid/);
  });
});
