import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../electron/services/imaging/sanitizeFileName';

describe('sanitizeFileName', () => {
  it.each([
    ['IMG_0412.HEIC', 'IMG_0412.HEIC'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\x.jpg', 'x.jpg'],
    ['C:\\Users\\inspector\\DCIM\\IMG_1.jpg', 'IMG_1.jpg'],
    ['/var/tmp/photo 1.jpg', 'photo 1.jpg'],
    ['photos/', 'photos'],
    ['  spaced name.jpg  ', 'spaced name.jpg'],
    ['evil\u0000.jpg', 'evil.jpg'],
    ['line\nbreak\r.jpg', 'linebreak.jpg'],
    ['esc\u001b[31mred.jpg', 'esc[31mred.jpg'],
    ['IMG\u202Egpj.exe', 'IMGgpj.exe'], // right-to-left override removed: no disguised extension
    ['Straße Café.jpg', 'Straße Café.jpg'],
  ])('%j -> %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it.each(['', '   ', '.', '..', '/', '\\', 'dir/..', '../', '\u0000\u0001', 'a/\u0000'])('falls back to "photo" for %j', (input) => {
    expect(sanitizeFileName(input)).toBe('photo');
  });

  it('decodes bytes as UTF-8, turning invalid bytes into U+FFFD', () => {
    expect(sanitizeFileName(Buffer.from([0xff, 0xfe, 0x2e, 0x6a, 0x70, 0x67]))).toBe('\ufffd\ufffd.jpg');
    expect(sanitizeFileName(Buffer.from('Café.jpg', 'utf8'))).toBe('Café.jpg');
    expect(sanitizeFileName(Buffer.from('Caf\xe9.jpg', 'latin1'))).toBe('Caf\ufffd.jpg'); // Windows-1252 name
  });

  it('removes NUL bytes from byte names too', () => {
    expect(sanitizeFileName(Buffer.from([0x61, 0x00, 0x62, 0x2e, 0x6a, 0x70, 0x67]))).toBe('ab.jpg');
    expect(sanitizeFileName(Buffer.from([0x00, 0x00]))).toBe('photo');
  });

  it('replaces lone surrogate halves in strings', () => {
    expect(sanitizeFileName('a\ud800b.jpg')).toBe('a\ufffdb.jpg');
    expect(sanitizeFileName('a\udc00.jpg')).toBe('a\ufffd.jpg');
  });

  it('keeps at most 255 characters without splitting an emoji', () => {
    expect(sanitizeFileName('a'.repeat(300))).toBe('a'.repeat(255));
    const emoji = '📷'.repeat(300); // each is two UTF-16 units
    const result = sanitizeFileName(emoji);
    expect(Array.from(result)).toHaveLength(255);
    expect(result).toBe('📷'.repeat(255));
  });
});
