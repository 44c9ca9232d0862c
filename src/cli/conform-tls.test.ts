import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../reference/start-reference-server.js';
import { conformForTest } from '../../test/support/conform-for-test.js';
import { startForwardProxy, type ForwardProxy } from '../../test/support/forward-proxy.js';
import { spawnConform } from '../../test/support/spawn-conform.js';
import { makeTlsFixtures, type TlsFixtures } from '../../test/support/tls-fixtures.js';
import { runConform } from './conform.js';

// End to end through TLS and a proxy: a reference server over HTTPS with a private CA (and one
// asking for client certificates), a forward proxy counting what passes, certificates made here.

const quick = ['--seed=1', '--only=LIST-LIMIT-INVALID,READ-UNKNOWN-404'];
let dir: string;
let pki: TlsFixtures;
let https: ReferenceServer;
let mtls: ReferenceServer;
let plain: ReferenceServer;
let proxy: ForwardProxy;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conform-tls-'));
  pki = makeTlsFixtures();
  const files: Record<string, string> = {
    'ca.pem': pki.ca.cert,
    'other-ca.pem': pki.otherCa.cert,
    'client.pem': pki.client.cert,
    'client-key.pem': pki.client.key,
    'client-key-encrypted.pem': pki.encryptedClientKey,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(file(name), text);
  https = await startReferenceServer({ tls: pki.server });
  mtls = await startReferenceServer({ tls: { ...pki.server, clientCa: pki.ca.cert } });
  plain = await startReferenceServer();
  proxy = await startForwardProxy();
});
afterAll(async () => {
  await Promise.all([https.close(), mtls.close(), plain.close(), proxy.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('conform against an https target with a private CA', { timeout: 60_000 }, () => {
  it('passes with --ca-cert', async () => {
    const result = await conformForTest([`--base-url=${https.url}`, `--ca-cert=${file('ca.pem')}`, ...quick]);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.report?.run.insecure).toBeUndefined();
  });

  const untrusted = /^conform: TLS: the target's certificate is not trusted \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN)\); pass --ca-cert=FILE/;
  it.each([
    { given: [] as string[], case: 'nothing trusted' },
    { given: ['--ca-cert=other-ca.pem'], case: 'another CA trusted' },
  ])('says it is TLS, not "unreachable", with $case (exit 2, a report that says so)', async ({ given }) => {
    const result = await conformForTest([`--base-url=${https.url}`, ...given.map((g) => g.replace('=', `=${dir}/`)), ...quick]);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringMatching(untrusted)]);
    expect(result.report?.run.note).toMatch(/^TLS: /);
  });

  it('passes with --insecure, and every report and the summary say so', async () => {
    const reportDir = await mkdtemp(join(dir, 'insecure-'));
    const out: string[] = [];
    const code = await runConform([`--base-url=${https.url}`, '--insecure', ...quick, `--report-dir=${reportDir}`], { out: (l) => out.push(l), err: () => {}, env: {}, cwd: dir });
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/^warning: the target's TLS certificate was NOT verified \(--insecure\)/m);
    const report = JSON.parse(await readFile(join(reportDir, 'conformance.json'), 'utf8')) as { run: { insecure?: boolean } };
    expect(report.run.insecure).toBe(true);
    for (const name of ['conformance.md', 'conformance.html', 'junit.xml']) {
      expect(await readFile(join(reportDir, name), 'utf8'), name).toMatch(/NOT verified \(--insecure\)|name="insecure" value="true"/);
    }
  });

  it('keeps trusting NODE_EXTRA_CA_CERTS (read by Node at start-up), also beside --ca-cert', async () => {
    for (const args of [[], [`--ca-cert=${file('other-ca.pem')}`]]) {
      const run = spawnConform([`--base-url=${https.url}`, ...args, ...quick, `--report-dir=${join(dir, 'extra')}`], dir, { NODE_EXTRA_CA_CERTS: file('ca.pem') });
      const ended = await run.done;
      expect(ended.code, ended.stderr).toBe(0);
    }
  });
});

describe('conform against a target that asks for a client certificate (mutual TLS)', { timeout: 60_000 }, () => {
  it('passes with --client-cert and --client-key', async () => {
    const result = await conformForTest([`--base-url=${mtls.url}`, `--ca-cert=${file('ca.pem')}`, `--client-cert=${file('client.pem')}`, `--client-key=${file('client-key.pem')}`, ...quick]);
    expect(result.code, result.err.join('\n')).toBe(0);
  });

  it('is refused without one, and says it is TLS', async () => {
    const result = await conformForTest([`--base-url=${mtls.url}`, `--ca-cert=${file('ca.pem')}`, ...quick]);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringMatching(/^conform: TLS: the target refused the client certificate or asks for one \(\w+\); pass --client-cert=FILE/)]);
  });

  it('takes an encrypted key with its passphrase from the environment, and writes the passphrase nowhere', async () => {
    const reportDir = await mkdtemp(join(dir, 'passphrase-'));
    const lines: string[] = [];
    const args = [`--base-url=${mtls.url}`, `--ca-cert=${file('ca.pem')}`, `--client-cert=${file('client.pem')}`, `--client-key=${file('client-key-encrypted.pem')}`, ...quick, `--report-dir=${reportDir}`];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), cwd: dir };
    expect(await runConform(args, { ...io, env: { CONFORM_CLIENT_KEY_PASSPHRASE: pki.passphrase } })).toBe(0);
    // On the command line too (not advised): redacted like a header.
    expect(await runConform([...args, `--client-key-passphrase=${pki.passphrase}`], { ...io, env: {} })).toBe(0);
    const wrong = await conformForTest(args.slice(0, -1), { env: { CONFORM_CLIENT_KEY_PASSPHRASE: 'not-the-passphrase' }, cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toEqual([expect.stringMatching(/^conform: --client-cert\/--client-key: cannot be used \(/)]);
    const written = [...lines, ...wrong.err, ...(await Promise.all((await readdir(reportDir)).map((f) => readFile(join(reportDir, f), 'utf8'))))];
    expect(written.length).toBeGreaterThan(4);
    for (const text of written) expect(text).not.toContain(pki.passphrase.slice(0, 12));
    for (const text of written) expect(text).not.toContain('PRIVATE KEY');
  });
});

describe('conform through a forward proxy', { timeout: 60_000 }, () => {
  it('tunnels https through HTTPS_PROXY, to the target only', async () => {
    proxy.seen.length = 0;
    const result = await conformForTest([`--base-url=${https.url}`, `--ca-cert=${file('ca.pem')}`, ...quick], { env: { HTTPS_PROXY: proxy.url }, cwd: dir });
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(proxy.seen.length).toBeGreaterThan(0);
    // The proxy is a hop: every tunnel it was asked for leads to the target's origin.
    expect(new Set(proxy.seen.map((s) => `${s.method} ${s.target}`))).toEqual(new Set([`CONNECT ${new URL(https.url).host}`]));
  });

  it('sends http through HTTP_PROXY in absolute form, every URL on the target', async () => {
    proxy.seen.length = 0;
    const result = await conformForTest([`--base-url=${plain.url}`, ...quick], { env: { http_proxy: proxy.url }, cwd: dir });
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(proxy.seen.length).toBe(result.report?.run.requests);
    for (const seen of proxy.seen) expect(seen.target.startsWith(`${plain.url}/v1/users`), seen.target).toBe(true);
  });

  it('goes straight to a host NO_PROXY covers', async () => {
    proxy.seen.length = 0;
    const result = await conformForTest([`--base-url=${https.url}`, `--ca-cert=${file('ca.pem')}`, ...quick], { env: { HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }, cwd: dir });
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.report?.run.requests).toBeGreaterThan(0);
    expect(proxy.seen).toEqual([]);
  });
});
