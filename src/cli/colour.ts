export type Colour = 'red' | 'green' | 'yellow' | 'magenta' | 'dim' | 'bold';

const CODES: Record<Colour, [number, number]> = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  magenta: [35, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/** A function that wraps text in an ANSI colour when `enabled`, and returns it as it is otherwise. */
export function paint(enabled: boolean): (colour: Colour, text: string) => string {
  return (colour, text) => (enabled ? `\u001b[${CODES[colour][0]}m${text}\u001b[${CODES[colour][1]}m` : text);
}

/**
 * Whether output to a stream may use colour: only on a terminal, and never when NO_COLOR is
 * set to anything but the empty string (https://no-color.org).
 */
export function useColour(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}
