/** The essence of a Content-Type header (`type/subtype`, lower case), parameters dropped. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const essence = contentType.split(';')[0].trim().toLowerCase();
  return /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/.test(essence) ? essence : undefined;
}

/** `application/json` or any `application/*+json` (such as `application/problem+json`). */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  return mediaType === 'application/json' || (mediaType?.startsWith('application/') === true && mediaType.endsWith('+json'));
}
