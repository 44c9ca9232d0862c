/** Milliseconds as seconds with three decimals, as JUnit readers expect (`1234` → `"1.234"`). */
export function formatSeconds(ms: number): string {
  // A clock step or a missing value must not produce "NaN" or a negative time in the XML.
  return Number.isFinite(ms) && ms > 0 ? (ms / 1000).toFixed(3) : '0.000';
}
