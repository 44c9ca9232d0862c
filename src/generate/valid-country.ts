import fc from 'fast-check';
import { assignedCountryCodes } from './assigned-country-codes.js';
import { withExamples, type ExampleArbitrary } from './with-examples.js';

/**
 * country values from the contract's accept set: the spec's assigned
 * ISO 3166-1 alpha-2 codes (never an unassigned one such as ZZ, which is
 * grey). The examples are the first and last codes, the codes assigned
 * since 2000 (a country table copied from an old library misses them), newest
 * first, and a few common ones.
 */
export function validCountry(codes: readonly string[] = assignedCountryCodes()): ExampleArbitrary<string> {
  const recent = ['SS', 'CW', 'SX', 'BQ', 'ME', 'RS', 'BL', 'MF', 'GG', 'IM', 'JE', 'AX', 'TL'];
  const boundaries = [...new Set([codes[0], codes[codes.length - 1], ...[...recent, 'US', 'GB', 'DE', 'JP'].filter((c) => codes.includes(c))])];
  return withExamples(fc.constantFrom(...codes), boundaries);
}
