/** A repeatable option's values with commas also separating items: `--only=A,B --only=C` → A, B, C (blanks dropped). */
export function splitListArgs(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}
