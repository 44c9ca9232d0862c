import type { InvalidCase } from '../../src/generate/invalid-cases.js';
import { showValue } from './show-value.js';

/** The case as the message names it: the field and its value, or that it was left out. */
export function describeCase(invalid: InvalidCase): string {
  return invalid.omit ? `${invalid.field} left out` : `${invalid.field} ${showValue(invalid.value)}`;
}
