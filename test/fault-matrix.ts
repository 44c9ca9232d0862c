import { describe, expect, it } from 'vitest';
import { conformForTest } from './support/conform-for-test.js';
import { faultDefinitions, type FaultName } from '../src/reference/faults.js';
import type { Requirement } from '../src/run/requirement.js';
import { catalogue } from '../suites/index.js';

/**
 * Where a proof runs: an area (`--only=<area>`) for a requirement that makes
 * its own requests, 'whole suite' for one that observes every response (the
 * responses that break it come from whichever checks provoke them).
 */
export type ProofScope = string;

/** One run of the fault matrix: the suite, with `fault` on, fails every id of `want`. */
export interface FaultProof {
  fault: FaultName;
  scope: ProofScope;
  want: string[];
  /** A SHOULD requirement fails the run only under --strict. */
  strict: boolean;
}

/** The matrix test file that runs each scope's proofs (a file per area keeps vitest's workers busy). */
export const matrixFiles = {
  create: ['create'],
  read: ['read'],
  update: ['update'],
  list: ['list'],
  status: ['status'],
  stateful: ['stateful'],
  transport: ['whole suite', 'transport', 'errors', 'docs-flow'],
} as const satisfies Record<string, readonly ProofScope[]>;

const scopeOf = (r: Requirement): ProofScope => (r.observe ? 'whole suite' : r.area);

/** The fault matrix, from each fault's `proves`: one run per fault and scope, in table order. */
export function faultProofs(requirements: readonly Requirement[] = catalogue): FaultProof[] {
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const proofs: FaultProof[] = [];
  for (const fault of faultDefinitions) {
    const runs = new Map<ProofScope, Requirement[]>();
    for (const id of fault.proves) {
      const requirement = byId.get(id);
      if (!requirement) throw new Error(`fault ${fault.name} proves ${id}, which is not in the catalogue`);
      const scope = scopeOf(requirement);
      runs.set(scope, [...(runs.get(scope) ?? []), requirement]);
    }
    for (const [scope, proven] of runs) {
      proofs.push({ fault: fault.name, scope, want: proven.map((r) => r.id), strict: proven.some((r) => r.level === 'SHOULD') });
    }
  }
  return proofs;
}

/** The fault-matrix rows of one test file: each fault makes the requirements it proves fail. */
export function describeFaultMatrix(file: keyof typeof matrixFiles): void {
  const scopes: readonly ProofScope[] = matrixFiles[file];
  const rows = faultProofs().filter((proof) => scopes.includes(proof.scope));
  describe(`${file}: each fault fails the requirements it proves`, () => {
    it.each(rows)('$fault fails $want ($scope)', async ({ fault, scope, want, strict }) => {
      const only = scope === 'whole suite' ? [] : [`--only=${scope}`];
      const outcome = await conformForTest([...only, `--fault=${fault}`, '--seed=7', ...(strict ? ['--strict'] : [])]);
      expect(outcome.code).toBe(1);
      expect(outcome.failed).toEqual(expect.arrayContaining(want));
    });
  });
}
