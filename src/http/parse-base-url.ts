/** The base URL as a URL: http(s) only, no query or fragment (a trailing slash is the caller's to drop). Throws on anything else. */
export function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`base URL must be http or https: ${baseUrl}`);
  if (url.search || url.hash) throw new Error(`base URL must not carry a query or fragment: ${baseUrl}`);
  return url;
}
