import { describe, expect, it } from 'vitest';
import { splitProfile, type CpuProfile } from './split-profile.js';

// A tiny profile: root → runMicrotasks → {send (src/http) → undici, observe (suites) → validate12 (Ajv, no URL)},
// root → loadSpec → yaml, root → (idle), root → (garbage collector), root → fast-check.
const frame = (functionName: string, url = '') => ({ functionName, url });
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 7, 9, 10, 11, 12] },
    { id: 2, callFrame: frame('runMicrotasks'), children: [3, 5] },
    { id: 3, callFrame: frame('sendOnce', 'file:///repo/src/http/http-client.ts'), children: [4] },
    { id: 4, callFrame: frame('writeBuffer', 'file:///repo/node_modules/undici/lib/dispatcher/client-h1.js') },
    { id: 5, callFrame: frame('observe', 'file:///repo/suites/transport/response-schema.ts'), children: [6] },
    { id: 6, callFrame: frame('validate12') },
    { id: 7, callFrame: frame('loadSpec', 'file:///repo/src/spec/load-spec.ts'), children: [8] },
    { id: 8, callFrame: frame('parse', 'file:///repo/node_modules/yaml/dist/index.js') },
    { id: 9, callFrame: frame('(idle)') },
    { id: 10, callFrame: frame('(garbage collector)') },
    { id: 11, callFrame: frame('integer', 'file:///repo/node_modules/fast-check/lib/fast-check.js') },
    { id: 12, callFrame: frame('compileSchema', 'file:///repo/node_modules/ajv/dist/compile/index.js') },
  ],
  startTime: 0,
  endTime: 11_000,
  // One sample every millisecond; each stands for the time until the next.
  samples: [4, 6, 6, 8, 9, 9, 9, 10, 11, 5, 12],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe('splitProfile', () => {
  it('puts each sample in the category of its nearest known frame, set-up overriding', () => {
    expect(splitProfile(profile)).toEqual({
      http: 1,
      validation: 2,
      // loadSpec's yaml parse, and an Ajv compile that lost its root frame
      setup: 2,
      waiting: 3,
      gc: 1,
      generation: 1,
      checks: 1,
      other: 0,
      descheduled: 0,
      reports: 0,
    });
  });

  it('counts a gap longer than the cap as descheduled, not as the sample before it', () => {
    const stalled = { ...profile, samples: profile.samples!.slice(0, 10), timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 21_000], endTime: 30_000 };
    const totals = splitProfile(stalled, { capUs: 5000 });
    // The last gap before sample 10 is 21 ms: 5 ms stay with sample 9 (fast-check), 16 ms are descheduled.
    expect(totals.generation).toBe(5);
    expect(totals.descheduled).toBe(16);
  });

  it('reads an empty profile as no time', () => {
    const totals = splitProfile({ nodes: [{ id: 1, callFrame: frame('(root)') }], startTime: 0, endTime: 0 });
    expect(Object.values(totals).every((ms) => ms === 0)).toBe(true);
  });
});
