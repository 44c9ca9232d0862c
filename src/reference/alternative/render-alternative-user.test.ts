import { describe, expect, it } from 'vitest';
import type { AltUser } from './create-alternative-store.js';
import { renderAlternativeUser, type View } from './render-alternative-user.js';

const user: AltUser = {
  userId: 'usr_Ab9',
  email: 'Ann.Lee@Example.com',
  firstName: 'Ann',
  lastName: 'Lee',
  dateOfBirth: '1990-01-01',
  country: 'DE',
  phoneNumber: '+4912345',
  status: 'pending_verification',
  createdAt: Date.parse('2026-01-01T00:00:00.5Z') * 1000,
  verificationStatus: { email: 'pending', identity: 'pending', address: 'pending' },
  digits: 6,
  offset: 120,
  full: false,
  lowerEmail: true,
  kycLevel: 0,
  reads: 0,
};
const asked = ['userId', 'email', 'firstName', 'lastName', 'status'];
const optional = ['dateOfBirth', 'country', 'phoneNumber'];

describe('renderAlternativeUser', () => {
  const cases: Array<{ view: View; has: string[]; lacks: string[]; email: string }> = [
    { view: { kind: 'create' }, has: [...asked, 'createdAt', 'links'], lacks: [...optional, 'updatedAt', 'verificationStatus'], email: 'Ann.Lee@Example.com' },
    { view: { kind: 'read', call: 0 }, has: [...asked, 'createdAt', 'verificationStatus', ...optional], lacks: ['updatedAt'], email: 'ann.lee@example.com' },
    { view: { kind: 'read', call: 1 }, has: [...asked, 'createdAt', 'verificationStatus'], lacks: optional, email: 'ann.lee@example.com' },
    { view: { kind: 'update', sent: ['lastName'] }, has: asked, lacks: [...optional, 'createdAt'], email: 'ann.lee@example.com' },
    { view: { kind: 'update', sent: ['phoneNumber'] }, has: [...asked, 'phoneNumber'], lacks: ['createdAt'], email: 'ann.lee@example.com' },
    { view: { kind: 'list', call: 0 }, has: [...asked, 'createdAt'], lacks: [...optional, 'verificationStatus'], email: 'ann.lee@example.com' },
  ];
  it.each(cases)('$view.kind ($view)', ({ view, has, lacks, email }) => {
    const shown = renderAlternativeUser(user, view);
    for (const field of has) expect(shown, field).toHaveProperty(field);
    for (const field of lacks) expect(shown, field).not.toHaveProperty(field);
    expect(shown.email).toBe(email);
    expect(Object.keys(shown)).toEqual(Object.keys(shown).sort());
  });

  it('writes createdAt at the user offset with microseconds', () => {
    expect(renderAlternativeUser(user, { kind: 'create' }).createdAt).toBe('2026-01-01T02:00:00.500000+02:00');
  });
});
