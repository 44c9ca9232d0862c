import { loadSpec, type Spec } from './load-spec.js';

let cached: Promise<Spec> | undefined;

/** The project's spec, read once per process. */
export function projectSpec(): Promise<Spec> {
  cached ??= loadSpec();
  return cached;
}
