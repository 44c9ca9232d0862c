import fc from 'fast-check';
import { assignedCountryCodes } from './assigned-country-codes.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

/**
 * country values from the contract's accept set: the spec's assigned
 * ISO 3166-1 alpha-2 codes (never an unassigned one such as ZZ, which is
 * grey). The first and last codes and US are among the examples.
 */
export function validCountry(codes: readonly string[] = assignedCountryCodes()): ExampleArbitrary<string> {
  const boundaries = [...new Set([codes[0], codes[codes.length - 1], ...['US', 'GB', 'DE', 'JP'].filter((c) => codes.includes(c))])];
  return withExamples(fc.constantFrom(...codes), boundaries);
}
