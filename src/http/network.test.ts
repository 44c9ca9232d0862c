import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { describeTlsFailure, proxySettingsOf, tlsConnectOptions } from './network.js';

describe('describeTlsFailure', () => {
  const rows: Array<{ given: string; want: RegExp | undefined }> = [
    { given: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', want: /^TLS: the target's certificate is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\); pass --ca-cert=FILE .* or --insecure/ },
    { given: 'SELF_SIGNED_CERT_IN_CHAIN', want: /^TLS: the target's certificate is not trusted/ },
    { given: 'DEPTH_ZERO_SELF_SIGNED_CERT', want: /^TLS: the target's certificate is not trusted/ },
    { given: 'CERT_HAS_EXPIRED', want: /^TLS: the target's certificate is not valid now \(CERT_HAS_EXPIRED\)$/ },
    { given: 'ERR_TLS_CERT_ALTNAME_INVALID', want: /^TLS: the target's certificate is for another host name/ },
    { given: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', want: /^TLS: the target refused the client certificate or asks for one .*--client-cert=FILE/ },
    { given: 'ERR_SSL_WRONG_VERSION_NUMBER', want: /^TLS: the handshake failed \(ERR_SSL_WRONG_VERSION_NUMBER: m\)$/ },
    { given: 'ECONNREFUSED', want: undefined },
    { given: 'UND_ERR_SOCKET', want: undefined },
  ];
  it.each(rows)('$given', ({ given, want }) => {
    const described = describeTlsFailure(given, 'm');
    if (want === undefined) expect(described).toBeUndefined();
    else expect(described).toMatch(want);
  });
});

describe('proxySettingsOf', () => {
  const rows: Array<{ given: Record<string, string>; want: ReturnType<typeof proxySettingsOf> }> = [
    { given: {}, want: undefined },
    { given: { NO_PROXY: 'localhost' }, want: undefined },
    { given: { HTTPS_PROXY: 'http://p:3128' }, want: { httpProxy: undefined, httpsProxy: 'http://p:3128', noProxy: undefined } },
    // Lower case first, as curl reads them; an empty one is unset.
    { given: { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:2', http_proxy: '', HTTP_PROXY: 'http://up:3', no_proxy: '.corp' }, want: { httpProxy: 'http://up:3', httpsProxy: 'http://low:1', noProxy: '.corp' } },
  ];
  it.each(rows)('$given', ({ given, want }) => {
    expect(proxySettingsOf(given)).toEqual(want);
  });
});

describe('tlsConnectOptions', () => {
  it('adds a CA given to the system roots and NODE_EXTRA_CA_CERTS, rather than replacing them', () => {
    const options = tlsConnectOptions({ ca: ['MINE'] }, 'EXTRA');
    expect(options.ca).toEqual([...rootCertificates, 'EXTRA', 'MINE']);
  });
  it('leaves Node its defaults when nothing is given, and verifies unless --insecure', () => {
    expect(tlsConnectOptions(undefined)).toEqual({});
    expect(tlsConnectOptions({})).toEqual({});
    expect(tlsConnectOptions({ insecure: true, cert: 'C', key: 'K', passphrase: 'P' })).toEqual({ rejectUnauthorized: false, cert: 'C', key: 'K', passphrase: 'P' });
  });
});
