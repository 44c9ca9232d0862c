import { createFaults } from './faults/create.js';
import { errorsFaults } from './faults/errors.js';
import type { FaultDefinition } from './faults/fault-definition.js';
import { listFaults } from './faults/list.js';
import { readFaults } from './faults/read.js';
import { statusFaults } from './faults/status.js';
import { transportFaults } from './faults/transport.js';
import { updateFaults } from './faults/update.js';

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
