import { readFile } from 'node:fs/promises';
import { createSecureContext } from 'node:tls';
import { proxySettingsOf, type ProxySettings, type TlsSettings } from '../http/network.js';
import { CliError } from './cli-error.js';
import type { ConformOptions } from './conform-options.js';

/** What the HTTP client needs to reach a target over TLS and through a proxy. */
export interface NetworkSettings {
  tls?: TlsSettings;
  extraCaCerts?: string;
  proxy?: ProxySettings;
}

/**
 * The TLS files the options name, read and tried once before any request, and the proxy
 * variables of `env`. Throws CliError with one line naming the file or the option; the key's
 * passphrase is never quoted.
 */
export async function readNetworkSettings(options: ConformOptions, env: Readonly<Record<string, string | undefined>>): Promise<NetworkSettings> {
  const ca = options.caCert === undefined ? undefined : await readPem('--ca-cert', options.caCert, 'CERTIFICATE');
  const cert = options.clientCert === undefined ? undefined : await readPem('--client-cert', options.clientCert, 'CERTIFICATE');
  const key = options.clientKey === undefined ? undefined : await readPem('--client-key', options.clientKey, 'PRIVATE KEY');
  const tls: TlsSettings = {
    ...(ca === undefined ? {} : { ca: [ca] }),
    ...(options.insecure ? { insecure: true } : {}),
    ...(cert === undefined ? {} : { cert }),
    ...(key === undefined ? {} : { key }),
    ...(options.clientKeyPassphrase === undefined ? {} : { passphrase: options.clientKeyPassphrase }),
  };
  try {
    createSecureContext({ ...tls });
  } catch (error) {
    // OpenSSL's own words (bad decrypt, key values mismatch), never the passphrase: the context is only tried.
    const reason = `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message.split('\n')[0]}`;
    throw new CliError(`${key === undefined ? '--ca-cert' : '--client-cert/--client-key'}: cannot be used (${reason})`);
  }
  const extraPath = env.NODE_EXTRA_CA_CERTS;
  // A CA given replaces Node's store, where NODE_EXTRA_CA_CERTS' CAs live: they are added back. Node only warns when the file is bad, so does this.
  const extraCaCerts = ca !== undefined && extraPath ? await readFile(extraPath, 'utf8').catch(() => undefined) : undefined;
  const proxy = proxySettingsOf(env);
  return { ...(Object.keys(tls).length > 0 ? { tls } : {}), ...(extraCaCerts === undefined ? {} : { extraCaCerts }), ...(proxy ? { proxy } : {}) };
}

/** A PEM file's text, checked to hold a block of `kind` (any `… PRIVATE KEY` for keys). */
async function readPem(flag: string, path: string, kind: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${flag}: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`);
  }
  if (!new RegExp(`-----BEGIN [A-Z ]*${kind}-----`).test(text)) throw new CliError(`${flag}: ${path} holds no PEM ${kind.toLowerCase()}`);
  return text;
}
