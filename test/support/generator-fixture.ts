import { assignedCountryCodes, projectSpec } from '../../src/spec/load-spec.js';
import { createValidators } from '../../src/validate/validators.js';

// What the generator tests judge generated bodies with: the project's spec and its request rules.

const spec = await projectSpec();
const validators = createValidators(spec);
export const createRules = validators.requestBody('createUser');
export const updateRules = validators.requestBody('updateUser');
export const codes = assignedCountryCodes(spec);
export const now = new Date();
/** A domain the way a run hands them out (`<run id>tag<n>.example.com`). */
export const domain = 'r0123abcdtagn1.example.com';
