import { createRequire } from 'node:module';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isContractEmail, latestAcceptedDate } from './contract-rules.js';

// What every validator calls at run time, compiled now or prebuilt by `npm run build` (the
// prebuilt module imports this one by name): the formats the spec uses, the latest date of birth,
// and Ajv's runtime helpers, which Ajv's standalone code takes by require().

export { latestAcceptedDate };

/** `require` from here, where ajv resolves (the prebuilt module is an ES module: it has none). */
export const required: (specifier: string) => unknown = createRequire(import.meta.url);

/**
 * The formats the spec uses. `email` is the contract's: it rejects only what is surely not an
 * address (its grey zone, quoted local parts, dotless domains, non-ASCII, must not fail a target).
 */
export const formats = {
  date: fullFormats.date,
  'date-time': fullFormats['date-time'],
  uri: fullFormats.uri,
  'uri-reference': fullFormats['uri-reference'],
  email: isContractEmail,
};
