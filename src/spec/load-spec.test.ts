import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createValidators } from '../validate/create-ajv.js';
import { parse } from 'yaml';
import { checkedDocument, defaultSpecPath, dereferenceLocal, loadSpec, readPrebuiltSpec, specTextHash, SpecError } from './load-spec.js';

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

// A built run reads the spec as the build checked it and dereferences it itself (scripts/build-spec.ts).
describe('dereferenceLocal', () => {
  it('gives the project spec exactly as swagger-parser dereferences it, one object for each $ref target', async () => {
    const parsed = parse(await readFile(defaultSpecPath, 'utf8')) as { components: { schemas: Record<string, unknown> } };
    const ours = dereferenceLocal(parsed) as typeof parsed & { paths: Record<string, { get?: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }> };
    expect(ours).toEqual(await checkedDocument(defaultSpecPath));
    expect(ours.paths['/v1/users/{userId}']!.get!.responses['200']!.content['application/json']!.schema).toBe(ours.components.schemas.User);
  });

  it.each([
    { given: { a: { $ref: '#/defs/x~1y' }, defs: { 'x/y': { n: 1 } } }, want: { a: { n: 1 }, defs: { 'x/y': { n: 1 } } } },
    { given: { a: [{ $ref: '#/defs/b' }], defs: { b: { $ref: '#/defs/c' }, c: 2 } }, want: { a: [2], defs: { b: 2, c: 2 } } },
    { given: { a: { $ref: 'other.yaml#/x' } }, want: { a: { $ref: 'other.yaml#/x' } } },
  ])('replaces local $refs in $given', ({ given, want }) => {
    expect(dereferenceLocal(given)).toEqual(want);
  });

  it('makes a schema that refers to itself a cycle, walked once', () => {
    const ours = dereferenceLocal({ defs: { node: { properties: { next: { $ref: '#/defs/node' } } } } }) as { defs: { node: { properties: { next: unknown } } } };
    expect(ours.defs.node.properties.next).toBe(ours.defs.node);
  });

  it('refuses a $ref to nothing', () => {
    expect(() => dereferenceLocal({ a: { $ref: '#/nowhere' } })).toThrow(SpecError);
  });
});

describe('readPrebuiltSpec', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'prebuilt-'));
  const yaml = 'openapi: 3.1.0\n';
  const specPath = join(dir, 'spec.yaml');
  await writeFile(specPath, yaml);
  const document = { a: { $ref: '#/b' }, b: { c: 1 } };
  const write = async (name: string, text: string) => (await writeFile(join(dir, name), text), join(dir, name));

  it.each([
    { name: 'a copy of this YAML is read and dereferenced', given: JSON.stringify({ sha256: specTextHash(yaml), document }), want: { sha256: specTextHash(yaml), document: { a: { c: 1 }, b: { c: 1 } } } },
    { name: 'a copy of another YAML (the spec was edited) is not used', given: JSON.stringify({ sha256: specTextHash('openapi: 3.0.0\n'), document }), want: undefined },
    { name: 'a broken copy is not used', given: '{"sha256":', want: undefined },
    { name: 'a copy of nothing is not used', given: 'null', want: undefined },
  ])('$name', async ({ name, given, want }) => {
    expect(await readPrebuiltSpec(await write(`${specTextHash(name)}.json`, given), specPath)).toEqual(want);
  });

  it('no copy (run from the sources): undefined', async () => {
    expect(await readPrebuiltSpec(join(dir, 'missing.json'), specPath)).toBeUndefined();
  });
});
