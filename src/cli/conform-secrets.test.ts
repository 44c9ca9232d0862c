import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHostileServer } from '../../test/hostile/start-hostile-server.js';
import { spawnConform } from '../../test/support/spawn-conform.js';

describe('conform keeps secrets', { timeout: 30_000 }, () => {
  it('writes no planted token anywhere, though the target echoes them in bodies and headers', async () => {
    const tokens = { bearer: 'tok_BEARER_d41d8cd98f00b204', apiKey: 'key_APIKEY_e9800998ecf8427e', cookie: 'ck_SESSION_7215ee9c7d9dc229' };
    const target = await startHostileServer({ mode: 'echo' });
    const dir = await mkdtemp(join(tmpdir(), 'conform-secrets-'));
    try {
      const run = spawnConform(
        [
          `--base-url=${target.url}`,
          `--report-dir=${dir}`,
          '--seed=1',
          '--runs=3',
          '--verbose',
          `--header=Authorization: Bearer ${tokens.bearer}`,
          `--header=X-Api-Key: ${tokens.apiKey}`,
          `--header=Cookie: sid=${tokens.cookie}; theme=dark`,
        ],
        dir,
      );
      const ended = await run.done;
      // The echoes break rules (error bodies in text/plain), so there are findings quoting what came back.
      expect(ended.code, ended.stderr).toBe(1);

      // They were sent, every time, to the target...
      expect(target.requests.length).toBeGreaterThan(50);
      for (const request of target.requests) {
        expect(request.headers).toMatchObject({ authorization: `Bearer ${tokens.bearer}`, 'x-api-key': tokens.apiKey, cookie: `sid=${tokens.cookie}; theme=dark` });
      }
      // ...and every byte written — the four reports, stdout, stderr — is free of them.
      const files = await readdir(dir);
      expect(files.sort()).toEqual(['conformance.html', 'conformance.json', 'conformance.md', 'junit.xml']);
      const written = [ended.stdout, ended.stderr, ...(await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8'))))];
      // Not even a piece of one: an excerpt of a body may cut a token short.
      for (const token of Object.values(tokens)) {
        for (let i = 0; i + 10 <= token.length; i++) {
          const piece = token.slice(i, i + 10);
          for (const text of written) expect(text.includes(piece), `${piece} of ${token} leaked`).toBe(false);
        }
      }
      // The echoes did reach the report, redacted: the scan above had something to find.
      const json = await readFile(join(dir, 'conformance.json'), 'utf8');
      expect(json).toContain('"x-echo-authorization": "[REDACTED]"');
      expect(json).toMatch(/"message": "(?:[^"\\]|\\.)*\[REDACTED\]/);
      expect(ended.stdout + ended.stderr).toContain('[REDACTED]');
    } finally {
      await target.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
