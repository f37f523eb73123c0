import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import fc from 'fast-check';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitOneLine, graphemes, wrapText } from '../../electron/services/documents/render/pdf/textLayout';
import { FONTS_DIR } from './support/noticeFixture';

/** One unit per user-perceived character: easy to reason about in expectations. */
const mono = (s: string) => graphemes(s).length;

describe('wrapText with a monospace measure', () => {
  it('fills lines greedily at word boundaries', () => {
    expect(wrapText('aaa bbb ccc', 7, mono)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('aaa bbb ccc', 11, mono)).toEqual(['aaa bbb ccc']);
  });

  it('cuts a word longer than the line into pieces that fit', () => {
    expect(wrapText('abcdefghij', 4, mono)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('xy abcdefghij z', 4, mono)).toEqual(['xy', 'abcd', 'efgh', 'ij z']);
  });

  it('keeps hard line breaks and empty lines, and collapses runs of spaces and tabs', () => {
    expect(wrapText('first\n\nthird', 20, mono)).toEqual(['first', '', 'third']);
    expect(wrapText('a  \t b\r\nc', 20, mono)).toEqual(['a b', 'c']);
    expect(wrapText('', 20, mono)).toEqual(['']);
  });

  it('does not break at a no-break space', () => {
    expect(wrapText('due January\u00a05, 2027', 12, mono)).toEqual(['due', 'January\u00a05,', '2027']);
  });

  it('never separates an accent written as a combining mark from its letter', () => {
    const decomposed = 'Nguye\u0302\u0303n'.repeat(3); // "Nguyễn" with the marks as separate code points
    const lines = wrapText(decomposed, 2, mono);
    expect(lines.join('')).toBe(decomposed);
    for (const line of lines) expect(line).not.toMatch(/^\p{M}/u);
    expect(lines).toContain('e\u0302\u0303n');
  });

  it('puts at least one character on a line even when one character is wider than the line', () => {
    const wide = (s: string) => graphemes(s).length * 10;
    expect(wrapText('ab', 5, wide)).toEqual(['a', 'b']);
  });

  it('refuses a width that is not positive', () => {
    expect(() => wrapText('a', 0, mono)).toThrow(RangeError);
    expect(() => wrapText('a', Number.NaN, mono)).toThrow(RangeError);
  });
});

describe('wrapText with DejaVu Sans', () => {
  let font: PDFFont;
  beforeAll(async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    font = await doc.embedFont(readFileSync(path.join(FONTS_DIR, 'DejaVuSans.ttf')), { subset: true });
  });
  const measure = (s: string) => font.widthOfTextAtSize(s, 10);

  it('wraps accented names within the width and loses no word', () => {
    const text = 'Nguyễn Thị Hương Peña, Łukasz Müller and Đặng Văn Đức own the parcel jointly since 2019.';
    const lines = wrapText(text, 120, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('holds for any text: every line fits (or is one character) and no character is lost', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'W', 'ñ', 'ễ', 'Ł', '—', '1', '.', 'm'), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 8, max: 300 }), (words, width) => {
        const lines = wrapText(words.join(' '), width, measure);
        for (const line of lines) {
          expect(measure(line) <= width || graphemes(line).length === 1).toBe(true);
        }
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('fitOneLine', () => {
  it('returns text that fits unchanged and cuts longer text with an ellipsis', () => {
    expect(fitOneLine('short', 10, mono)).toBe('short');
    expect(fitOneLine('a much longer label', 8, mono)).toBe('a much…');
    expect(mono(fitOneLine('abcdefghijklmnop', 5, mono))).toBeLessThanOrEqual(5);
  });
});
