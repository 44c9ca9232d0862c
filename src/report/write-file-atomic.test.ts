import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDirectory, writeFileAtomic } from './write-file-atomic.js';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'write-file-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const rows: { name: string; existing: string | undefined; given: string | Uint8Array; want: string }[] = [
    { name: 'creates a new file', existing: undefined, given: 'hello\n', want: 'hello\n' },
    { name: 'replaces existing content', existing: 'old content that is longer', given: 'new', want: 'new' },
    { name: 'writes bytes', existing: undefined, given: new TextEncoder().encode('bytes 🚀'), want: 'bytes 🚀' },
    { name: 'writes an empty file', existing: 'x', given: '', want: '' },
  ];
  it.each(rows)('$name, leaving no temp file', async ({ existing, given, want }) => {
    const path = join(dir, 'report.json');
    if (existing !== undefined) await writeFile(path, existing);
    await writeFileAtomic(path, given);
    expect(await readFile(path, 'utf8')).toBe(want);
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('fails when the directory is a file, and leaves nothing behind', async () => {
    const notADir = join(dir, 'file');
    await writeFile(notADir, 'x');
    await expect(writeFileAtomic(join(notADir, 'report.json'), 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['file']);
  });

  it('removes the temp file when the rename fails (target is a directory)', async () => {
    const target = join(dir, 'report.json');
    await mkdir(target);
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('never leaves a mix when writers race: the file is one whole version', async () => {
    const path = join(dir, 'report.json');
    const versions = Array.from({ length: 20 }, (_, i) => String(i).repeat(50_000));
    await Promise.all(versions.map((v) => writeFileAtomic(path, v)));
    expect(versions).toContain(await readFile(path, 'utf8'));
    expect(await readdir(dir)).toEqual(['report.json']);
  });
});

describe('makeDirectory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'make-directory-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    { name: 'missing parents are made', given: ['a', 'b', 'c'] },
    { name: 'an existing directory is kept', given: [] },
  ])('$name', async ({ given }) => {
    await makeDirectory(join(dir, ...given));
    expect((await readdir(join(dir, ...given))).length).toBe(0);
  });

  it('made twice at once, it is made once', async () => {
    await Promise.all([makeDirectory(join(dir, 'x', 'y')), makeDirectory(join(dir, 'x', 'y'))]);
    expect(await readdir(join(dir, 'x'))).toEqual(['y']);
  });

  it('refuses a file in the way', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await expect(makeDirectory(join(dir, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('fails under /proc instead of hanging', async () => {
    await expect(makeDirectory('/proc/make-directory-test/sub')).rejects.toThrow();
  });
});
