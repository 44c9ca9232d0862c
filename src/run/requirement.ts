import type { Exchange } from '../http/exchange.js';
import type { Finding, Level } from './results.js';
import type { Validators } from '../validate/validators.js';
import type { CheckContext } from './check-context.js';

/**
 * The sections of the contract a requirement traces to: the headings of
 * contract.md (which closes the public docs' open points), and the public
 * docs' own Examples.
 */
export const contractSections = [
  'Transport',
  'The user',
  'POST /v1/users — create',
  'GET /v1/users/{userId} — read',
  'PATCH /v1/users/{userId} — update',
  'GET /v1/users — list',
  'Errors',
  'Public docs — Examples',
] as const;

export type ContractSection = (typeof contractSections)[number];

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
  /** The folder under suites/ it lives in; its area's index stamps it (`inArea`). */
  area: string;
  title: string;
  /** The contract's rule, in its words. */
  rule: string;
  /** The contract sections it traces to, the main one first. */
  contract: readonly [ContractSection, ...ContractSection[]];
  /** The operations of the spec it sends requests to. */
  operations: string[];
  /** True when it sends anything but GET (skipped under --read-only). */
  writes: boolean;
  /**
   * True when its cases are generated (`ctx.property`): under `--shard` every shard runs it
   * with its own part of the cases, instead of one shard running it whole.
   */
  property?: boolean;
  /**
   * True when it judges the collection as the run's writers leave it: a quiet snapshot (totals,
   * the end of the list, values a later GET must repeat) or the users the run created (on an
   * empty target the only ones). It starts once every check that writes has ended, never beside one.
   */
  afterWriters?: boolean;
  /** Its own requests and the verdict on them. */
  run?(ctx: CheckContext): Promise<CheckOutcome>;
  /**
   * A rule that holds for every response of the run: called with each
   * exchange any check makes for an operation; returns a violation, if any.
   */
  observe?(exchange: Exchange, validators: Validators): string | undefined;
}

const idPattern = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

/** A requirement as its file declares it: all but the area, which its area's index gives. */
export type RequirementDefinition = Omit<Requirement, 'area'>;

/** Declares a requirement; checks its shape once, at load. */
export function requirement(definition: RequirementDefinition): RequirementDefinition {
  if (!idPattern.test(definition.id)) throw new Error(`requirement id ${definition.id} is not AREA-NAME in upper case`);
  if (!definition.run && !definition.observe) throw new Error(`requirement ${definition.id} has neither run nor observe`);
  return Object.freeze(definition);
}

/** An area's requirements, in report order: the area is declared once, by its index, and stamped on each. */
export function inArea(area: string, definitions: readonly RequirementDefinition[]): Requirement[] {
  return definitions.map((definition) => Object.freeze({ ...definition, area }));
}

/** The contract sections as one line, as reports and docs/requirements.md show them. */
export function contractLine(contract: Requirement['contract']): string {
  return contract.join('; ');
}
