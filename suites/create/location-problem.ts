/**
 * What is wrong with a Location header for user `userId`, given the URL the
 * create was sent to; undefined when it points at /v1/users/{userId}. A
 * relative reference is resolved against the request URL; an absolute one
 * must be on the same origin.
 */
export function locationProblem(location: string | undefined, requestUrl: string, userId: string): string | undefined {
  if (location === undefined || location.trim() === '') return 'no Location header';
  let url: URL;
  try {
    url = new URL(location.trim(), requestUrl);
  } catch {
    return `Location ${JSON.stringify(location)} is not a URL reference`;
  }
  const origin = new URL(requestUrl).origin;
  if (url.origin !== origin) return `Location ${JSON.stringify(location)} is on another origin than ${origin}`;
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  if (!path.endsWith(`/v1/users/${userId}`)) return `Location ${JSON.stringify(location)} does not point at /v1/users/${userId}`;
  return undefined;
}
