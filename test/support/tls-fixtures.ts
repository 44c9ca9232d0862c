import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

// Certificates made in the test: a private CA, a server certificate for 127.0.0.1 and
// localhost, and a client certificate for mutual TLS, all signed by the CA. Keys come from
// node:crypto (fast); node-forge does what node:crypto cannot: build and sign X.509.

export interface Pem {
  cert: string;
  key: string;
}

export interface TlsFixtures {
  ca: Pem;
  server: Pem;
  client: Pem;
  /** The client key encrypted with `passphrase`. */
  encryptedClientKey: string;
  passphrase: string;
  /** A second CA that signed nothing here: trusting it trusts none of the above. */
  otherCa: Pem;
}

function keyPair(): { pem: string; forgeKeys: { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const forgePrivate = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  return { pem, forgeKeys: { privateKey: forgePrivate, publicKey: forge.pki.setRsaPublicKey(forgePrivate.n, forgePrivate.e) } };
}

let serial = 1;
function certificate(
  commonName: string,
  publicKey: forge.pki.rsa.PublicKey,
  issuer: { name: forge.pki.CertificateField[]; key: forge.pki.rsa.PrivateKey } | 'self',
  signingKey: forge.pki.rsa.PrivateKey,
  extensions: object[],
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3_600_000);
  const subject = [{ name: 'commonName', value: commonName }];
  cert.setSubject(subject);
  cert.setIssuer(issuer === 'self' ? subject : issuer.name);
  cert.setExtensions(extensions);
  cert.sign(issuer === 'self' ? signingKey : issuer.key, forge.md.sha256.create());
  return cert;
}

function makeCa(name: string): { pem: Pem; issuer: { name: forge.pki.CertificateField[]; key: forge.pki.rsa.PrivateKey } } {
  const keys = keyPair();
  const cert = certificate(name, keys.forgeKeys.publicKey, 'self', keys.forgeKeys.privateKey, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  return { pem: { cert: forge.pki.certificateToPem(cert), key: keys.pem }, issuer: { name: cert.subject.attributes, key: keys.forgeKeys.privateKey } };
}

function leaf(name: string, issuer: { name: forge.pki.CertificateField[]; key: forge.pki.rsa.PrivateKey }, usage: 'serverAuth' | 'clientAuth'): Pem {
  const keys = keyPair();
  const cert = certificate(name, keys.forgeKeys.publicKey, issuer, issuer.key, [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', [usage]: true },
    ...(usage === 'serverAuth' ? [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] }] : []),
  ]);
  return { cert: forge.pki.certificateToPem(cert), key: keys.pem };
}

/** A fresh CA with a server and a client certificate (2048-bit RSA; well under a second). */
export function makeTlsFixtures(): TlsFixtures {
  const ca = makeCa('users-api-conformance test CA');
  const client = leaf('conformance client', ca.issuer, 'clientAuth');
  const passphrase = 'pp_CLIENTKEY_5f4dcc3b5aa765d6';
  const encryptedClientKey = forge.pki.encryptRsaPrivateKey(forge.pki.privateKeyFromPem(client.key) as forge.pki.rsa.PrivateKey, passphrase, { algorithm: 'aes256' });
  return { ca: ca.pem, server: leaf('127.0.0.1', ca.issuer, 'serverAuth'), client, encryptedClientKey, passphrase, otherCa: makeCa('another CA').pem };
}
