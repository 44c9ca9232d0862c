/**
 * One deliberate fault of the reference server: ONE realistic bug, as data.
 * `rule` is the contract rule it breaks, `description` the one behaviour it
 * changes, `proves` the requirements it makes fail (the first names the
 * fault's area; a SHOULD one fails the run only under --strict).
 */
export interface FaultDefinition {
  readonly name: string;
  readonly rule: string;
  readonly description: string;
  readonly proves: readonly [string, ...string[]];
}
