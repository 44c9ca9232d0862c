import { rootCertificates } from 'node:tls';
import { buildConnector, Client, EnvHttpProxyAgent, Pool, type Dispatcher } from 'undici';

// The network between the suite and its target: TLS (a private CA, --insecure, mutual TLS)
// and forward proxies. Whatever the hops, every request names the target's origin.

/** How to speak TLS to an https target; absent fields: Node's defaults. */
export interface TlsSettings {
  /** PEM CA certificates trusted beside the system's (and NODE_EXTRA_CA_CERTS'). */
  ca?: string[];
  /** Skip verifying the target's certificate. */
  insecure?: boolean;
  /** Mutual TLS: the client certificate and key (PEM), and the key's passphrase (a secret). */
  cert?: string;
  key?: string;
  passphrase?: string;
}

/** The proxy variables as the environment gives them (HTTPS_PROXY or https_proxy, ...); absent: no proxy. */
export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

/** The proxy settings of `env`, lower case first as curl reads them; undefined when no proxy is set. */
export function proxySettingsOf(env: Readonly<Record<string, string | undefined>>): ProxySettings | undefined {
  const read = (name: string) => env[name.toLowerCase()] || env[name] || undefined;
  const settings = { httpProxy: read('HTTP_PROXY'), httpsProxy: read('HTTPS_PROXY'), noProxy: read('NO_PROXY') };
  return settings.httpProxy === undefined && settings.httpsProxy === undefined ? undefined : settings;
}

/** Node's tls.connect options for `tls`: a CA bundle given adds to the trusted roots, it does not replace them. */
export function tlsConnectOptions(tls: TlsSettings | undefined, extraCaCerts?: string): Record<string, unknown> {
  if (tls === undefined) return {};
  return {
    ...(tls.ca?.length ? { ca: [...rootCertificates, ...(extraCaCerts ? [extraCaCerts] : []), ...tls.ca] } : {}),
    ...(tls.insecure ? { rejectUnauthorized: false } : {}),
    ...(tls.cert === undefined ? {} : { cert: tls.cert }),
    ...(tls.key === undefined ? {} : { key: tls.key }),
    ...(tls.passphrase === undefined ? {} : { passphrase: tls.passphrase }),
  };
}

export interface DispatcherOptions {
  origin: string;
  connections: number;
  maxHeaderSize: number;
  /** tls.connect options for the target (see tlsConnectOptions). */
  connect: Record<string, unknown>;
  proxy?: ProxySettings;
  /**
   * Told of a TLS error on a socket to the target. undici reports a server's TLS 1.3 alert
   * (a client certificate refused, after the handshake) only as "other side closed"; this keeps
   * the alert's name. Not for tunnels through a proxy, whose TLS undici sets up itself.
   */
  onTlsError?: (error: Error & { code?: string }) => void;
}

/**
 * How long a connection may sit idle before the suite closes it, when the target names no
 * `Keep-Alive: timeout`. Below the idle timeouts servers keep by default (gunicorn 2 s, Node and
 * uvicorn 5 s): a socket the server is closing at the moment a request goes out loses that
 * request ("other side closed"), and a POST or PATCH must not be sent again (RFC 9112, 9.3.1).
 * An independent gunicorn target lost one request in about six runs at 10 s.
 */
export const idleConnectionMs = 1_000;

/**
 * The dispatcher for requests to `origin`: a pool straight to it, or, with a proxy set, undici's
 * EnvHttpProxyAgent (CONNECT for https, absolute-form for http; NO_PROXY honoured), given the
 * environment's values so that nothing else of process.env leaks in. `fresh`: one connection
 * of its own, closed after its one request.
 */
export function createDispatcher(options: DispatcherOptions, fresh = false): Dispatcher {
  const { origin, proxy, maxHeaderSize } = options;
  const connections = fresh ? 1 : options.connections;
  const connect = watchingTlsErrors(options.connect, options.onTlsError);
  if (proxy === undefined) return fresh ? new Client(origin, { maxHeaderSize, connect }) : new Pool(origin, { connections, keepAliveTimeout: idleConnectionMs, maxHeaderSize, connect });
  return new EnvHttpProxyAgent({
    // '' rather than undefined: undici would read process.env for a value not given.
    httpProxy: proxy.httpProxy ?? '',
    httpsProxy: proxy.httpsProxy ?? '',
    noProxy: proxy.noProxy ?? '',
    proxyTunnel: false,
    connections,
    keepAliveTimeout: idleConnectionMs,
    maxHeaderSize,
    connect,
    requestTls: options.connect,
  });
}

/** A connector with `connect`'s TLS options that tells `onTlsError` of every TLS error on its sockets. */
function watchingTlsErrors(connect: Record<string, unknown>, onTlsError: DispatcherOptions['onTlsError']): buildConnector.connector {
  const build = buildConnector(connect);
  if (onTlsError === undefined) return build;
  return (options, callback) =>
    build(options, (...args) => {
      const socket = args[1];
      socket?.on('error', (error: Error & { code?: string }) => {
        if (describeTlsFailure(error.code, error.message) !== undefined) onTlsError(error);
      });
      (callback as (...a: typeof args) => void)(...args);
    });
}

/** The OpenSSL and Node codes of a certificate the client does not trust. */
const untrusted = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
]);

/**
 * A TLS failure named as one, with what to do about it; undefined for any other error. A
 * target that cannot be trusted is not "unreachable": the fix is on this side.
 */
export function describeTlsFailure(code: string | undefined, message: string): string | undefined {
  if (code === undefined) return undefined;
  if (untrusted.has(code)) return `TLS: the target's certificate is not trusted (${code}); pass --ca-cert=FILE with the CA that signed it (or set NODE_EXTRA_CA_CERTS), or --insecure to skip verification`;
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') return `TLS: the target's certificate is not valid now (${code})`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `TLS: the target's certificate is for another host name (${code}: ${message})`;
  if (/CERTIFICATE_REQUIRED|ALERT_BAD_CERTIFICATE|ALERT_UNKNOWN_CA|ALERT_HANDSHAKE_FAILURE/.test(code)) {
    return `TLS: the target refused the client certificate or asks for one (${code}); pass --client-cert=FILE and --client-key=FILE it trusts`;
  }
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || code === 'EPROTO') return `TLS: the handshake failed (${code}: ${message})`;
  return undefined;
}
