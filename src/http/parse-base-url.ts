/** The text of a base URL fit to echo in a message: any user name and password masked. */
const shown = (baseUrl: string): string => baseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');

/**
 * The base URL as a URL: http(s) only, no query or fragment (a trailing slash is the caller's
 * to drop), and no user name or password, which would end up in every report and curl line.
 * Throws on anything else, with messages that never echo credentials.
 */
export function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`not a URL: ${shown(baseUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`base URL must be http or https: ${shown(baseUrl)}`);
  if (url.username !== '' || url.password !== '') {
    throw new Error(`base URL must not carry a user name or password (${shown(baseUrl)}): send them as a header, e.g. --header 'Authorization: Basic …', which reports redact`);
  }
  if (url.search || url.hash) throw new Error(`base URL must not carry a query or fragment: ${baseUrl}`);
  return url;
}
