import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fileToBase64 } from '../../../renderer/src/lib/base64';

function pseudoRandomBytes(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

describe('bytesToBase64', () => {
  it.each([0, 1, 2, 3, 4, 24575, 24576, 24577, 24578, 100_000])('matches Node’s encoder for %i bytes', (length) => {
    const bytes = pseudoRandomBytes(length);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes 20 MB without overflowing the stack', () => {
    const bytes = pseudoRandomBytes(20 * 1024 * 1024);
    const encoded = bytesToBase64(bytes);
    expect(encoded.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(encoded.slice(-64)).toBe(Buffer.from(bytes).toString('base64').slice(-64));
  });
});

describe('base64ToBytes', () => {
  it('round-trips', () => {
    const bytes = pseudoRandomBytes(12345);
    expect(Array.from(base64ToBytes(bytesToBase64(bytes)))).toEqual(Array.from(bytes));
  });

  it('rejects text that is not base64', () => {
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});

describe('fileToBase64', () => {
  it('reads a Blob (a File in the browser)', async () => {
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])]);
    expect(await fileToBase64(blob)).toBe('/9j/4A==');
  });
});
