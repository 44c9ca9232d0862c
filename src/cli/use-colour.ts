/**
 * Whether output to a stream may use colour: only on a terminal, and never when NO_COLOR is
 * set to anything but the empty string (https://no-color.org).
 */
export function useColour(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}
