import { Readable } from 'node:stream';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createBodyBudget, formatBytes, quoteBody, readBody } from './body.js';
import { createDeadline } from './timers.js';

describe('quoteBody', () => {
  const rows = [
    { given: Buffer.from('{"a":"é 🚀"}\n\tx\r\n'), want: { text: '{"a":"é 🚀"}\n\tx\r\n', binary: false, truncated: false } },
    { given: Buffer.from('\u001b[31mred\r::error::x\u0000'), want: { text: '\\x1b[31mred\\x0d::error::x\\x00', binary: true, truncated: false } },
    { given: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x41]), want: { text: '\\x1f\\x8b\\x08\\x00\\xffA', binary: true, truncated: false } },
    // A C1 control (U+009B is a terminal's CSI) escaped; an overlong and a surrogate are not UTF-8.
    { given: Buffer.from([0xc2, 0x9b, 0xc0, 0xaf, 0xed, 0xa0, 0x80]), want: { text: '\\u009b\\xc0\\xaf\\xed\\xa0\\x80', binary: true, truncated: false } },
    { given: Buffer.from('abcdefghij'), max: 4, want: { text: 'abcd', binary: false, truncated: true } },
    { given: Buffer.alloc(100), max: 10, want: { text: '\\x00\\x00\\x', binary: true, truncated: true } },
  ];
  it.each(rows)('$given', ({ given, max, want }) => expect(quoteBody(given, max ?? 1000)).toEqual(want));

  it('leaves no raw control byte, whatever the bytes', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    expect(quoteBody(all, 10_000).text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('formatBytes', () => {
  const rows = [
    { given: 16 * 1024 * 1024, want: '16 MiB' },
    { given: 64 * 1024, want: '64 KiB' },
    { given: 50_000, want: '48.8 KiB' },
    { given: 1, want: '1 byte' },
  ];
  it.each(rows)('$given → $want', ({ given, want }) => expect(formatBytes(given)).toBe(want));
});

describe('createBodyBudget', () => {
  it('grants the slots, then queues; a release passes the slot (its buffer too) on; an abort leaves the queue', async () => {
    const budget = createBodyBudget(10, 1);
    const signal = new AbortController().signal;
    const first = await budget.acquire(signal);
    expect(first).toBeDefined();
    first!.buffer = Buffer.alloc(100);
    const stop = new AbortController();
    const aborted = budget.acquire(stop.signal);
    const second = budget.acquire(signal);
    stop.abort();
    expect(await aborted).toBeUndefined();
    budget.release(first!);
    expect((await second)?.buffer.length).toBe(100);
  });
});

describe('readBody', () => {
  const budget = () => createBodyBudget(16, 1);
  const options = () => ({ maxBytes: 1000, headBytes: 8, deadline: createDeadline(10_000) });
  const rows = [
    { what: 'a plain body, whole', given: [Buffer.from('{"ok":true}')], encoding: undefined, want: { text: '{"ok":true}', bytes: 11 } },
    { what: 'gzip, decoded', given: [gzipSync('{"ok":true}')], encoding: 'gzip', want: { text: '{"ok":true}', bytes: 11 } },
    { what: 'br, decoded', given: [brotliCompressSync('{"ok":true}')], encoding: 'br', want: { text: '{"ok":true}', bytes: 11 } },
    { what: 'a gzip bomb, cut off at the cap decoded', given: [gzipSync(Buffer.alloc(1_000_000))], encoding: 'gzip', want: { problem: 'body over 1000 bytes decoded (gzip): cut off' } },
    { what: 'over the cap in 1-byte chunks', given: Array.from({ length: 1001 }, () => Buffer.from('x')), encoding: undefined, want: { problem: 'body over 1000 bytes: cut off', bytes: 1001 } },
    { what: 'a coding nobody asked for and we cannot decode', given: [Buffer.from([0x28, 0xb5, 0x2f, 0xfd])], encoding: 'zstd', want: { problem: "body in Content-Encoding 'zstd', which the suite does not decode: not judged" } },
    { what: 'gzip that is not gzip', given: [Buffer.from('{"ok":true}')], encoding: 'gzip', want: { problem: /^body does not decode as its Content-Encoding \(gzip\) says \(incorrect header check\)$/ } },
  ];
  it.each(rows)('$what', async ({ given, encoding, want }) => {
    const read = await readBody(Readable.from(given), { ...options(), budget: budget(), ...(encoding ? { contentEncoding: encoding } : {}) });
    expect(read).toMatchObject(want);
    expect(read.head.length).toBeLessThanOrEqual(8);
  });

  it('a body past the free bytes waits for a slot, and reads on into it once one is free', async () => {
    const shared = budget();
    const deadline = createDeadline(10_000);
    const held = await shared.acquire(deadline.signal);
    const reading = readBody(Readable.from([Buffer.alloc(10, 'a'), Buffer.alloc(10, 'b')]), { ...options(), budget: shared, deadline });
    shared.release(held!);
    expect(await reading).toMatchObject({ text: 'a'.repeat(10) + 'b'.repeat(10), bytes: 20 });
  });

  it('refuses a declared length over the cap unread', async () => {
    const body = Readable.from([Buffer.from('x')]);
    const read = await readBody(body, { ...options(), budget: budget(), contentLength: String(2 ** 30) });
    expect(read).toMatchObject({ bytes: 0, problem: 'body of 1024 MiB declared, over 1000 bytes: refused unread' });
    expect(body.destroyed).toBe(true);
  });
});
