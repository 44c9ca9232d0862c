import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defaultSpecPath, type Spec } from '../spec/load-spec.js';

let projectCodes: string[] | undefined;

/**
 * The country codes a target MUST accept: the spec's `Country`
 * `x-assigned-codes`. Without a spec, the project's spec file is read
 * (synchronously, once), so generators can be built without awaiting it.
 */
export function assignedCountryCodes(spec?: Spec): string[] {
  if (spec) return codesOf(spec.schema('Country'));
  projectCodes ??= codesOf((parse(readFileSync(defaultSpecPath, 'utf8')) as Spec['document']).components.schemas.Country);
  return projectCodes;
}

function codesOf(schema: Record<string, unknown> | undefined): string[] {
  const codes = schema?.['x-assigned-codes'];
  if (!Array.isArray(codes) || codes.length === 0 || !codes.every((c) => typeof c === 'string')) {
    throw new Error('spec: Country has no x-assigned-codes list');
  }
  return codes as string[];
}
