/**
 * Numbers of limit and offset's reject set that are not plain decimal yet
 * that a lenient parser (Python's `int()`, a trimming or hex-reading one)
 * takes: `_` between digits, a space before or after (sent URL-encoded), an
 * Arabic-Indic digit, hex. Each is 5, 10 or 16, so in range for both.
 */
export const notPlainDecimal: readonly string[] = ['1_0', ' 5', '5 ', '٥', '0x10'];
