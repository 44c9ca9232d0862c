import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.js';
import { createValidators } from './create-ajv.js';
import { prebuiltValidators } from './validators.js';
import { latestAcceptedDate } from './contract-rules.js';

const spec = await loadSpec();
const validators = createValidators(spec);
const body = { email: 'user@example.com', firstName: 'John', lastName: 'Doe', dateOfBirth: '1990-01-01', country: 'US', phoneNumber: '+1234567890' };
const user = { userId: 'usr_1', email: 'a@example.com', firstName: 'A', lastName: 'B', status: 'active', createdAt: '2024-01-01T00:00:00Z', verificationStatus: { email: 'verified', identity: 'pending', address: 'rejected' } };
const farFuture = `${Number(latestAcceptedDate().slice(0, 4)) + 1}-01-01`;

describe('create body validator', () => {
  const check = validators.requestBody('createUser');
  const rows: Array<{ given: Record<string, unknown>; want: 'valid' | RegExp }> = [
    { given: body, want: 'valid' },
    { given: { ...body, phoneNumber: undefined }, want: 'valid' },
    { given: { ...body, firstName: 'Zoë 李 Ωμέγα' }, want: 'valid' },
    { given: { ...body, firstName: '𠀀'.repeat(100) }, want: 'valid' },
    { given: { ...body, firstName: '𠀀'.repeat(101) }, want: /firstName must NOT have more than 100/ },
    { given: { ...body, lastName: '   ' }, want: /lastName must match pattern/ },
    { given: { ...body, email: 'no-at.example.com' }, want: /email must match format/ },
    { given: { ...body, email: 'a@b@example.com' }, want: /email must match format/ },
    { given: { ...body, email: 'a b@example.com' }, want: /email must match format/ },
    { given: { ...body, email: `${'a'.repeat(64)}@${'d'.repeat(186)}.com` }, want: /email must NOT have more than 254/ },
    { given: { ...body, dateOfBirth: '2021-02-30' }, want: /dateOfBirth must match format "date"/ },
    { given: { ...body, dateOfBirth: '1900-01-01' }, want: 'valid' },
    { given: { ...body, dateOfBirth: '1899-12-31' }, want: /dateOfBirth must be >= 1900-01-01/ },
    { given: { ...body, dateOfBirth: farFuture }, want: /dateOfBirth must pass "x-maximum-date"/ },
    { given: { ...body, country: 'us' }, want: /country must match pattern/ },
    { given: { ...body, phoneNumber: '+1234567890123456' }, want: /phoneNumber must match pattern/ },
    { given: { ...body, phoneNumber: null }, want: /phoneNumber must be string/ },
    { given: { ...body, status: 'active' }, want: /must NOT have additional properties 'status'/ },
    { given: { email: body.email }, want: /must have required property 'firstName'/ },
  ];
  it.each(rows)('$want ← $given', ({ given, want }) => {
    const violations = check(JSON.parse(JSON.stringify(given)));
    if (want === 'valid') expect(violations).toEqual([]);
    else expect(violations.join('\n')).toMatch(want);
  });
});

describe('response validators, by operation, status and media type', () => {
  const rows: Array<{ op: string; status: number; media: string; given: unknown; want: 'valid' | RegExp }> = [
    { op: 'getUser', status: 200, media: 'application/json', given: user, want: 'valid' },
    { op: 'getUser', status: 200, media: 'application/json', given: { ...user, extra: true }, want: 'valid' },
    { op: 'getUser', status: 200, media: 'application/json', given: { ...user, email: '"quoted"@localhost' }, want: 'valid' },
    { op: 'getUser', status: 200, media: 'application/json', given: { ...user, verificationStatus: undefined }, want: /verificationStatus/ },
    { op: 'getUser', status: 200, media: 'application/json', given: { ...user, status: 'ACTIVE' }, want: /status must be equal to one of/ },
    { op: 'getUser', status: 200, media: 'application/json', given: { ...user, createdAt: '2024-01-01 00:00:00' }, want: /createdAt must match/ },
    { op: 'getUser', status: 200, media: 'application/json', given: { ...user, createdAt: '2024-01-01T00:00:00.123456+05:30' }, want: 'valid' },
    { op: 'listUsers', status: 200, media: 'application/json', given: { users: [user], metadata: { total: 1, limit: 100, offset: 0 } }, want: 'valid' },
    { op: 'listUsers', status: 200, media: 'application/json', given: { users: [user], metadata: { total: '1', limit: 100, offset: 0 } }, want: /total must be integer/ },
    { op: 'createUser', status: 422, media: 'application/problem+json', given: { title: 'x' }, want: 'valid' },
    // A problem document is a SHOULD (ERRORS-PROBLEM-DOCUMENT): any object passes the schema.
    { op: 'createUser', status: 422, media: 'application/problem+json', given: { status: '422', errors: 'bad' }, want: 'valid' },
    { op: 'createUser', status: 422, media: 'application/json', given: ['not', 'an', 'object'], want: /must be object/ },
  ];
  it.each(rows)('$op $status $media: $want', ({ op, status, media, given, want }) => {
    const rule = validators.response(op, status, media);
    expect(rule.documented).toBe(true);
    const violations = rule.check!(JSON.parse(JSON.stringify(given)));
    if (want === 'valid') expect(violations).toEqual([]);
    else expect(violations.join('\n')).toMatch(want);
  });

  it('says when a status is not documented', () => {
    expect(validators.response('createUser', 200, 'application/json')).toEqual({ documented: false, mediaTypes: [] });
  });
});

describe('prebuiltValidators', () => {
  it.each([
    { given: 'a spec checked now (not the build\'s copy)', spec },
    { given: 'the build\'s copy, but no prebuilt module beside the sources (scripts/build-spec.test.ts tests the module)', spec: { ...spec, prebuiltSha256: 'abc' } },
  ])('$given: none, the caller compiles', async ({ spec }) => {
    expect(await prebuiltValidators(spec)).toBeUndefined();
  });
});
