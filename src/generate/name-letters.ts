/** Code point ranges of letters, by script: the scripts a valid name draws from. */
const scriptRanges: ReadonlyArray<readonly [string, ReadonlyArray<readonly [number, number]>]> = [
  ['Latin', [[0x41, 0x5a], [0x61, 0x7a]]],
  ['Latin with diacritics', [[0xc0, 0xff], [0x100, 0x17f]]],
  ['Greek', [[0x386, 0x3ce]]],
  ['Cyrillic', [[0x400, 0x44f]]],
  ['Hebrew', [[0x5d0, 0x5ea]]],
  ['Arabic', [[0x621, 0x64a]]],
  ['Devanagari', [[0x905, 0x939]]],
  ['CJK', [[0x4e00, 0x9fff]]],
  ['Hangul', [[0xac00, 0xd7a3]]],
  ['CJK Extension B (astral)', [[0x20000, 0x2a6df]]],
];

let cached: Array<{ script: string; letters: string[] }> | undefined;

/**
 * The letters of each script a name may use: single code points that are
 * letters (`\p{L}`) and stay the same under NFC, so a name built from them
 * round-trips through any Unicode-normalizing store unchanged.
 */
export function nameLetters(): ReadonlyArray<{ script: string; letters: readonly string[] }> {
  cached ??= scriptRanges.map(([script, ranges]) => {
    const letters: string[] = [];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const letter = String.fromCodePoint(cp);
        if (/^\p{L}$/u.test(letter) && letter.normalize('NFC') === letter) letters.push(letter);
      }
    }
    return { script, letters };
  });
  return cached;
}
