import type { Validators } from '../../validate/validators.js';
import type { Seams } from '../seams.js';

/** What a fault's hook may use besides the seams it replaces. */
export interface FaultEnv {
  validators: Validators;
  maxUsers: number;
  /** The clock, in epoch ms. */
  now: () => number;
  /** The server's seams once every switched-on fault is applied (read them when handling a request, not before). */
  readonly seams: Seams;
}

/** Replacements of some seams: each gets the rule it replaces (`next`) and returns the new one. */
export type SeamOverrides = { [K in keyof Seams]?: (next: Seams[K]) => Seams[K] };

/**
 * One deliberate fault of the reference server: ONE realistic bug, as data.
 * `rule` is the contract rule it breaks, `description` the one behaviour it
 * changes, `proves` the requirements it makes fail (the first names the
 * fault's area; a SHOULD one fails the run only under --strict), `hook` the
 * seams it replaces, built once per server (so a fault can keep state).
 */
export interface FaultDefinition {
  readonly name: string;
  readonly rule: string;
  readonly description: string;
  readonly proves: readonly [string, ...string[]];
  readonly hook: (env: FaultEnv) => SeamOverrides;
}
