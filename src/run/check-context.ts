import type fc from 'fast-check';
import type { Exchange } from '../http/exchange.js';
import type { RunCreatedUser } from './created-users.js';
import type { Finding } from './results.js';
import type { Spec } from '../spec/load-spec.js';
import type { Validators } from '../validate/validators.js';

export interface OperationInput {
  pathParams?: Record<string, string>;
  /** Path parameters sent as written, not percent-encoded: broken escapes such as `%zz` reach the target byte for byte. */
  rawPathParams?: Record<string, string>;
  /** Pairs, so that empty and repeated values can be sent as they are. */
  query?: Record<string, string> | Array<[string, string]>;
  /** Serialized as JSON. */
  body?: unknown;
  /** Sent byte for byte instead of `body`. */
  rawBody?: string;
  /** The body sent chunked, with no `Content-Length`. */
  chunked?: boolean;
  /** Defaults to `application/json` when a body is sent; `null` sends none. */
  contentType?: string | null;
  /** Sent on a connection of its own, for requests sent at once to race each other (see HttpRequest). */
  ownConnection?: boolean;
}

/** A property's verdict on one generated case: a violation, or nothing when the case passed. */
export interface Violation {
  message: string;
  exchange?: Exchange;
  /** What the case sent, reported as the counterexample instead of the drawn value (the whole body a drawn part went into). */
  counterexample?: unknown;
}

export interface CreatedUser {
  userId: string;
  /** What was sent. */
  sent: Record<string, unknown>;
  /** The 201 body. */
  body: Record<string, unknown>;
  exchange: Exchange;
}

export interface CheckContext {
  readonly spec: Spec;
  readonly validators: Validators;
  readonly runId: string;
  /** The run's seed (what `--seed` replays). */
  readonly seed: number;
  /** Generated cases per property. */
  readonly runs: number;
  readonly readOnly: boolean;
  /** Whether checks may reach users the suite did not create (a PATCH with their own values, a POST with their e-mail). */
  readonly touchExisting: boolean;
  /** Every user the run has created so far (each 201 of any check), in the order the answers came. */
  createdUsers(): readonly RunCreatedUser[];
  /** Sends a request for an operation of the spec; every rule that watches all responses sees it. */
  send(operationId: string, input?: OperationInput): Promise<Exchange>;
  /** A fresh e-mail under example.com carrying the run id. */
  email(): string;
  /** A fresh domain under example.com carrying the run id, for generated local parts. */
  emailDomain(): string;
  /** A valid create body (the docs' example with a fresh e-mail), with overrides. */
  validCreateBody(overrides?: Record<string, unknown>): Record<string, unknown>;
  /** Creates a user, or ends the check as errored when the target cannot. */
  createUser(overrides?: Record<string, unknown>): Promise<CreatedUser>;
  /** Reads a user, or ends the check as errored when the target cannot. */
  readUser(userId: string): Promise<{ user: Record<string, unknown>; exchange: Exchange }>;
  finding(message: string, exchange?: Exchange, extra?: Partial<Finding>): Finding;
  /** A finding when the status is not one of `allowed`. */
  expectStatus(exchange: Exchange, allowed: readonly number[], what: string): Finding[];
  /**
   * Runs a fast-check property against the target: `runs` cases from the
   * requirement's seed, shrinking a failure to its smallest case.
   */
  property<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<Violation | undefined>, options?: { runs?: number; examples?: T[] }): Promise<Finding[]>;
}
