import type { Exchange } from '../http/exchange.js';
import type { Finding, Level } from './results.js';
import type { Validators } from '../validate/validators.js';
import type { CheckContext } from './check-context.js';

/** What a check returns: its findings (none: passed), or a reason it could not apply. */
export type CheckOutcome = Finding[] | { skip: string };

/**
 * One requirement of the contract, as data. The runner, the reports,
 * `--list-requirements` and docs/requirements.md all read these fields.
 */
export interface Requirement {
  /** Upper-case, area first: `LIST-LIMIT-MAX`. */
  id: string;
  level: Level;
  /** The folder under suites/ it lives in. */
  area: string;
  title: string;
  /** The contract's rule, in its words. */
  rule: string;
  /** The contract section it traces to. */
  contract: string;
  /** The operations of the spec it sends requests to. */
  operations: string[];
  /** True when it sends anything but GET (skipped under --read-only). */
  writes: boolean;
  /**
   * True when its cases are generated (`ctx.property`): under `--shard` every shard runs it
   * with its own part of the cases, instead of one shard running it whole.
   */
  property?: boolean;
  /** Its own requests and the verdict on them. */
  run?(ctx: CheckContext): Promise<CheckOutcome>;
  /**
   * A rule that holds for every response of the run: called with each
   * exchange any check makes for an operation; returns a violation, if any.
   */
  observe?(exchange: Exchange, validators: Validators): string | undefined;
}

const idPattern = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

/** Declares a requirement; checks its shape once, at load. */
export function requirement(definition: Requirement): Requirement {
  if (!idPattern.test(definition.id)) throw new Error(`requirement id ${definition.id} is not AREA-NAME in upper case`);
  if (!definition.run && !definition.observe) throw new Error(`requirement ${definition.id} has neither run nor observe`);
  return Object.freeze(definition);
}
