import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Deadline } from './timers.js';

/**
 * Response bodies, memory bounded by design: a body is read into one buffer up to the
 * judging cap and dropped past it; all bodies in flight share a ceiling; what a record
 * keeps of a body is an escaped excerpt of a few tens of KiB.
 */

/** The most of a body a record or finding quotes (bytes read; the escaped text is cut to as many characters). */
export const excerptBytes = 32 * 1024;

/** Sizes as people read them: `16 MiB`, `64 KiB`, `812 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/**
 * The ceiling on body bytes buffered across all requests in flight. Each plain body buffers
 * its first `freeBytes` at once; past that (and from the start for a compressed body, whose
 * decoder holds a window of its own) it needs one of a few large-body slots, and waits for
 * one, reading paused so the socket pushes back. A slot keeps its buffer for the next body,
 * so large bodies are never garbage waiting for a collection. Bodies in flight hold at most
 * requests in flight × freeBytes + slots × the body cap.
 */
export interface BodyBudget {
  readonly freeBytes: number;
  /** A slot, or undefined once `signal` aborts. */
  acquire(signal: AbortSignal): Promise<LargeBodySlot | undefined>;
  release(slot: LargeBodySlot): void;
}

export interface LargeBodySlot {
  /** Grown as needed, up to the body cap, and kept. */
  buffer: Buffer;
}

export function createBodyBudget(freeBytes: number, slots: number): BodyBudget {
  const idle: LargeBodySlot[] = Array.from({ length: slots }, () => ({ buffer: Buffer.alloc(0) }));
  const waiting: ((slot: LargeBodySlot) => void)[] = [];
  return {
    freeBytes,
    acquire(signal) {
      if (signal.aborted) return Promise.resolve(undefined);
      const slot = idle.pop();
      if (slot) return Promise.resolve(slot);
      return new Promise((resolve) => {
        const grant = (granted: LargeBodySlot): void => {
          signal.removeEventListener('abort', abort);
          resolve(granted);
        };
        const abort = (): void => {
          waiting.splice(waiting.indexOf(grant), 1);
          resolve(undefined);
        };
        waiting.push(grant);
        signal.addEventListener('abort', abort, { once: true });
      });
    },
    release(slot) {
      const next = waiting.shift();
      if (next) next(slot);
      else idle.push(slot);
    },
  };
}

/** What was read of a body. */
export interface BodyRead {
  /** The whole body (decoded) as UTF-8 text, when it came whole within the cap. */
  text?: string;
  /** Its first bytes (decoded), for the excerpt: a copy, so the rest can be dropped. */
  head: Buffer;
  /** Bytes read (decoded); when cut off, those read before the stop. */
  bytes: number;
  /** Why the body could not be taken whole (over the cap, a coding that does not decode), one line. */
  problem?: string;
}

const decoders: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

export interface ReadBodyOptions {
  contentEncoding?: string;
  contentLength?: string;
  maxBytes: number;
  headBytes: number;
  budget: BodyBudget;
  /** The exchange's deadline: it aborts the read; it is paused while the body waits for a slot. */
  deadline: Deadline;
}

/**
 * Reads a response body, decoding a `Content-Encoding` the target chose (no `Accept-Encoding`
 * is sent, so per RFC 9110 any coding is allowed) under the same cap as a plain one: a
 * 1 MB gzip bomb is cut off at 16 MiB like a 16 MiB body. Past `maxBytes` reading stops and the
 * connection is dropped: nothing past the cap is joined, nor drained. Stream errors (timeout,
 * reset) are thrown as they come.
 */
export async function readBody(body: Readable, options: ReadBodyOptions): Promise<BodyRead> {
  const { maxBytes, headBytes, budget, deadline } = options;
  const declared = Number(options.contentLength);
  // A declared length over the cap is refused before a byte of it is read (a 1 GiB body sent slowly costs nothing).
  if (declared > maxBytes) {
    body.on('error', () => undefined).destroy(); // undici reports the destroy as an error: expected here
    return { head: Buffer.alloc(0), bytes: 0, problem: `body of ${formatBytes(declared)} declared, over ${formatBytes(maxBytes)}: refused unread` };
  }
  const codings = (options.contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  const unknown = codings.find((c) => decoders[c] === undefined);
  const decoding = unknown === undefined && codings.length > 0;

  let slot: LargeBodySlot | undefined;
  const takeSlot = async (): Promise<LargeBodySlot> => {
    deadline.pause();
    const granted = await budget.acquire(deadline.signal);
    deadline.resume();
    // Aborted while waiting (a stop): the same error the stream would have thrown.
    if (!granted) throw deadline.signal.reason;
    return granted;
  };
  let buffer: Buffer = Buffer.alloc(0);
  let bytes = 0;
  let over = false;
  let decodeError: unknown;
  let source: Readable = body;
  try {
    try {
      if (decoding) {
        slot = await takeSlot();
        buffer = slot.buffer;
        // Codings apply in the order listed, so they come off in reverse; errors surface through the last stage, read below.
        const stages = codings.reverse().map((c) => decoders[c]());
        source = stages.at(-1) as unknown as Readable;
        pipeline([body, ...stages], () => undefined);
      }
      for await (const chunk of source as AsyncIterable<Buffer>) {
        if (bytes + chunk.length > maxBytes) {
          over = true;
          bytes += chunk.length;
          break;
        }
        if (!slot && bytes + chunk.length > budget.freeBytes) {
          slot = await takeSlot();
          if (slot.buffer.length >= bytes) buffer.copy(slot.buffer, 0, 0, bytes);
          else slot.buffer = Buffer.from(buffer.subarray(0, bytes));
          buffer = slot.buffer;
        }
        if (bytes + chunk.length > buffer.length) {
          // Copied, never kept as a list: a body sent in 1-byte chunks would pin a socket buffer per byte.
          const grown = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(64 * 1024, buffer.length * 2, bytes + chunk.length)));
          buffer.copy(grown, 0, 0, bytes);
          buffer = grown;
          if (slot) slot.buffer = grown;
        }
        chunk.copy(buffer, bytes);
        bytes += chunk.length;
      }
    } catch (error) {
      // The target's stream broke (or the deadline): that is the caller's to describe. Else the coding did not decode.
      if (!decoding || body.errored || deadline.signal.aborted) throw error;
      decodeError = error;
    }
    if (over || decodeError !== undefined) {
      source.destroy();
      body.on('error', () => undefined).destroy(); // undici reports the destroy as an error: expected here
    }
    const head = Buffer.from(buffer.subarray(0, Math.min(bytes, headBytes)));
    const coded = codings.length > 0 ? ` (${codings.join(', ')})` : '';
    if (unknown !== undefined) return { head, bytes, problem: `body in Content-Encoding '${unknown}', which the suite does not decode: not judged` };
    if (decodeError !== undefined) {
      const why = decodeError instanceof Error ? decodeError.message : String(decodeError);
      return { head, bytes, problem: `body does not decode as its Content-Encoding${coded} says (${why.split('\n')[0]})` };
    }
    if (over) return { head, bytes, problem: `body over ${formatBytes(maxBytes)}${decoding ? ` decoded${coded}` : ''}: cut off` };
    // Text before the slot goes back: its buffer is the next body's.
    return { text: buffer.toString('utf8', 0, bytes), head, bytes };
  } finally {
    if (slot) budget.release(slot);
  }
}

/**
 * A body's bytes as text safe for any report, log line or terminal: valid UTF-8 is kept,
 * each control character (but tab, line feed, and CR before LF) and each byte that is not
 * UTF-8 is escaped as `\xNN` (C1 controls as `\u0080`…). Cut at `maxChars`.
 * `binary`: the bytes hold NUL or are not UTF-8.
 */
export function quoteBody(bytes: Buffer, maxChars: number): { text: string; binary: boolean; truncated: boolean } {
  let text = '';
  let binary = false;
  let runStart = 0;
  let i = 0;
  const flush = (end: number): void => {
    if (end > runStart) text += bytes.toString('utf8', runStart, end);
  };
  while (i < bytes.length && text.length + (i - runStart) < maxChars) {
    const b = bytes[i];
    const length = utf8SequenceLength(bytes, i);
    let escape: string | undefined;
    if (length === 0) {
      binary = true;
      escape = `\\x${hex(b)}`;
    } else if (length === 1 && (b < 0x20 || b === 0x7f) && b !== 0x09 && b !== 0x0a && !(b === 0x0d && bytes[i + 1] === 0x0a)) {
      if (b === 0) binary = true;
      escape = `\\x${hex(b)}`;
    } else if (length === 2 && b === 0xc2 && bytes[i + 1] < 0xa0) {
      escape = `\\u00${hex(bytes[i + 1])}`;
    }
    if (escape === undefined) {
      i += length;
      continue;
    }
    flush(i);
    text += escape;
    i += Math.max(1, length);
    runStart = i;
  }
  flush(i);
  const truncated = i < bytes.length;
  return { text: text.length > maxChars ? text.slice(0, maxChars) : text, binary, truncated: truncated || text.length > maxChars };
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}

/** Bytes of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function utf8SequenceLength(bytes: Buffer, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const inRange = (at: number, low: number, high: number): boolean => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
  if (b0 >= 0xc2 && b0 <= 0xdf) return inRange(i + 1, 0x80, 0xbf) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return inRange(i + 1, low, high) && inRange(i + 2, 0x80, 0xbf) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return inRange(i + 1, low, high) && inRange(i + 2, 0x80, 0xbf) && inRange(i + 3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}
