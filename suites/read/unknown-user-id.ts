import fc from 'fast-check';

/** Ids on the userId pattern that no user is likely to have; `usr_0` and the 64-character limit first. */
export const unknownIdBoundaries: readonly string[] = ['usr_0', `usr_${'Z'.repeat(64)}`, `usr_${'aZ9'.repeat(21)}q`];

/** A well-formed id: `usr_` and 1 to 64 letters or digits. */
export const wellFormedId: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9]{1,64}$/).map((s) => `usr_${s}`);

/**
 * A well-formed id that cannot be anyone's but a test's: long, carrying the
 * run id. For requests that would change the user if it existed (PATCH).
 */
export function unlikelyId(runId: string): fc.Arbitrary<string> {
  const head = `usr_ZZconform${runId.replace(/[^A-Za-z0-9]/g, '')}`;
  return fc.stringMatching(/^[A-Za-z0-9]{16,40}$/).map((s) => `${head}${s}`.slice(0, 68));
}
