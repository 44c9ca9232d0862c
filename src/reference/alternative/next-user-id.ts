/** Letters and digits in code-unit order: digits, then upper case, then lower case. */
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const prefix = 'usr_';
const maxBody = 64;

function randomBody(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** Mostly 8 to 24 characters after the prefix, sometimes 1 to 7 or 25 to 64. */
function randomLength(random: () => number): number {
  const r = random();
  if (r < 0.1) return 1 + Math.floor(random() * 7);
  if (r < 0.9) return 8 + Math.floor(random() * 17);
  return 25 + Math.floor(random() * 40);
}

/**
 * A fresh user id, `usr_` and 1 to 64 letters and digits of random case and
 * length. With `after`, one that sorts after it in code-unit order (a user
 * tied with `after` on createdAt must list after it): random tries first,
 * then `after` bumped at its last character that is not `z`. Undefined when
 * no such id is free (the caller then avoids the tie).
 */
export function nextUserId(random: () => number, taken: (id: string) => boolean, after?: string): string | undefined {
  for (let i = 0; i < (after === undefined ? 1000 : 4); i++) {
    const id = prefix + randomBody(random, randomLength(random));
    if ((after === undefined || id > after) && !taken(id)) return id;
  }
  if (after === undefined) return undefined;
  const body = after.slice(prefix.length);
  const at = [...body].findLastIndex((c) => c !== 'z');
  if (at < 0) return undefined;
  const head = body.slice(0, at) + alphabet[alphabet.indexOf(body[at]) + 1];
  for (let extra = 0; extra <= maxBody - head.length && extra < 8; extra++) {
    const id = prefix + head + randomBody(random, extra);
    if (!taken(id)) return id;
  }
  return undefined;
}
