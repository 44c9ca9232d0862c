const local = /^[A-Za-z0-9%+_-]+(?:\.[A-Za-z0-9%+_-]+)*$/;
const label = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * The contract's e-mail accept set and nothing more: `local@domain`, local
 * 1–64 of `A-Za-z0-9._%+-` (no leading, trailing or doubled dot), domain two
 * or more labels of letters, digits and inner hyphens, at most 254 characters.
 * The grey zone (quoted local parts, IP literals, dotless domains, non-ASCII)
 * is rejected: the alternative server takes the other choice from ours.
 */
export function isAcceptSetEmail(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.indexOf('@');
  if (at < 0 || at !== value.lastIndexOf('@')) return false;
  const [head, domain] = [value.slice(0, at), value.slice(at + 1)];
  if (head.length < 1 || head.length > 64 || !local.test(head)) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((l) => label.test(l));
}
