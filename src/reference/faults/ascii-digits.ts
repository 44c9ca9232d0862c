const digit = /^\p{Nd}$/u;

/**
 * The text with every Unicode decimal digit (`\p{Nd}`: Arabic-Indic,
 * fullwidth, Devanagari…) written as the ASCII digit of its value, the way a
 * Unicode-aware `\d` or Python's `int()` reads them. For faults only.
 */
export function asciiDigits(text: string): string {
  return [...text]
    .map((c) => {
      if (!digit.test(c)) return c;
      // Unicode assigns decimal digits in runs of ten from 0 (some runs back to back): the value is the offset into the run.
      const code = c.codePointAt(0)!;
      let zero = code;
      while (digit.test(String.fromCodePoint(zero - 1))) zero--;
      return String((code - zero) % 10);
    })
    .join('');
}
