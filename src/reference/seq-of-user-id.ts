/** The inverse of userIdOf, or undefined for an id it did not make. */
export function seqOfUserId(id: string): number | undefined {
  return /^usr_[0-9a-z]{10}$/.test(id) ? parseInt(id.slice(4), 36) : undefined;
}
