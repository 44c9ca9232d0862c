import { describe, expect, it } from 'vitest';
import { asciiDigits } from './ascii-digits.js';

describe('asciiDigits', () => {
  const rows: { given: string; want: string }[] = [
    { given: '+14155550100', want: '+14155550100' },
    { given: '+١٢٣٤٥٦٧', want: '+1234567' },
    { given: '+１２３４５６７', want: '+1234567' },
    { given: '١٩٩٠-٠١-٠٩', want: '1990-01-09' },
    { given: '۵٥५', want: '555' },
    { given: '𝟎𝟗𝟘𝟡𝟿', want: '09099' },
    { given: 'a_b ½', want: 'a_b ½' },
  ];
  it.each(rows)('$given → $want', ({ given, want }) => {
    expect(asciiDigits(given)).toBe(want);
  });
});
