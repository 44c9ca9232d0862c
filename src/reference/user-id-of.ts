/** Fixed width base36 of a creation number, so code-unit order of ids equals creation order. */
export function userIdOf(seq: number): string {
  return `usr_${seq.toString(36).padStart(10, '0')}`;
}
