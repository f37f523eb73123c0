/**
 * Reads a request body with a size limit that is enforced while reading: a body over the limit is
 * never held in memory, whether it announced its size (Content-Length, refused before reading)
 * or streams chunks (refused as soon as the running total passes the limit).
 */
import type http from 'node:http';

export type BodyRead = { kind: 'body'; bytes: Buffer } | { kind: 'tooLarge' } | { kind: 'aborted' };

export function readLimitedBody(req: http.IncomingMessage, maxBytes: number): Promise<BodyRead> {
  // Node's parser has already refused malformed or conflicting Content-Length headers.
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) return Promise.resolve({ kind: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (read: BodyRead) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0; // drop what was read; the rest is discarded by Node, never stored
        req.pause();
        settle({ kind: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => settle({ kind: 'body', bytes: Buffer.concat(chunks) }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle({ kind: 'aborted' }));
  });
}
