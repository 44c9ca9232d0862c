import { fractionDigits } from './fraction-digits.js';

/** How long to wait so a clock of the precision `text` is written in has surely moved on: 1001 ms for whole seconds, 2 ms for milliseconds or finer. */
export function tickWaitMs(text: unknown): number {
  const digits = fractionDigits(text);
  if (digits === undefined || digits >= 3) return 2;
  return 10 ** (3 - digits) + 1;
}
