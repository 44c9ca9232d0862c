/** Header names that carry credentials: never written anywhere in clear. */
export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower === 'authorization' ||
    lower === 'proxy-authorization' ||
    lower === 'cookie' ||
    lower === 'set-cookie' ||
    /(^|[-_])(api[-_]?key|key|token|secret|password|auth|session|signature|credentials?)($|[-_])/.test(lower)
  );
}
