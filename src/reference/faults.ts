import { createFaults } from './faults/create.js';
import { errorsFaults } from './faults/errors.js';
import type { FaultDefinition, FaultEnv, SeamOverrides } from './faults/fault-definition.js';
import { listFaults } from './faults/list.js';
import { readFaults } from './faults/read.js';
import { statusFaults } from './faults/status.js';
import { transportFaults } from './faults/transport.js';
import { updateFaults } from './faults/update.js';
import type { Seams } from './seams.js';

/**
 * The reference server's deliberate faults, gathered from `faults/<area>.ts`
 * in area order (the order of --list-faults). The suite proves itself by
 * catching every one.
 */
export const faultDefinitions = [
  ...transportFaults,
  ...errorsFaults,
  ...createFaults,
  ...readFaults,
  ...updateFaults,
  ...listFaults,
  ...statusFaults,
] as const satisfies readonly FaultDefinition[];

export type FaultName = (typeof faultDefinitions)[number]['name'];
export type Fault = (typeof faultDefinitions)[number];

/** The faults by name. */
export const faults = Object.fromEntries(faultDefinitions.map((fault) => [fault.name, fault])) as Record<FaultName, Fault>;

/** The fault names, in table order. */
export const faultNames: readonly FaultName[] = faultDefinitions.map((fault) => fault.name);

/**
 * `correct` with the seams of the named faults replaced, in table order (a
 * later fault wraps what an earlier one left). `env.seams` reads the result.
 */
export function withFaults(correct: Seams, names: ReadonlySet<FaultName>, env: Omit<FaultEnv, 'seams'>): Seams {
  let seams = correct;
  const faultEnv: FaultEnv = { ...env, get seams() { return seams; } };
  for (const fault of faultDefinitions) {
    if (!names.has(fault.name)) continue;
    const overrides: SeamOverrides = fault.hook(faultEnv);
    const replaced: Record<string, unknown> = { ...seams };
    for (const [key, replace] of Object.entries(overrides)) replaced[key] = (replace as (next: unknown) => unknown)(seams[key as keyof Seams]);
    seams = replaced as unknown as Seams;
  }
  return seams;
}
