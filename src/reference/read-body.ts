import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { kind: 'ok'; text: string }
  /** `closeConnection`: the rest is too big to drain; answer with `Connection: close`. */
  | { kind: 'too-large'; closeConnection: boolean }
  | { kind: 'aborted' };

/** After refusing a body, this much more is read and dropped so the client can read the answer; past it the socket is cut. */
const drainLimit = 16 * 1024 * 1024;

/**
 * Reads a request body as UTF-8 text, at most `limit` bytes. A larger body is
 * refused as soon as that is known (from Content-Length, or when the bytes
 * read pass the limit), without buffering any more of it.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    // Left unread, Node drops the rest after the answer; a huge one is not worth reading at all.
    return Promise.resolve({ kind: 'too-large', closeConnection: declared > drainLimit });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: BodyResult): void => {
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      done({ kind: 'too-large', closeConnection: false });
      let dropped = 0;
      req.on('data', (more: Buffer) => {
        dropped += more.length;
        if (dropped > drainLimit) req.destroy();
      });
      req.on('error', () => {}); // a cut-off client is no error of ours
    };
    const onEnd = (): void => done({ kind: 'ok', text: Buffer.concat(chunks, size).toString('utf8') });
    const onClose = (): void => done({ kind: 'aborted' });
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
  });
}
