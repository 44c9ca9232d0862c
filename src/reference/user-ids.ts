// The reference server's user ids: fixed-width base36 of a creation number, and back.

/** Fixed width base36 of a creation number, so code-unit order of ids equals creation order. */
export function userIdOf(seq: number): string {
  return `usr_${seq.toString(36).padStart(10, '0')}`;
}

/** The inverse of userIdOf, or undefined for an id it did not make. */
export function seqOfUserId(id: string): number | undefined {
  return /^usr_[0-9a-z]{10}$/.test(id) ? parseInt(id.slice(4), 36) : undefined;
}
