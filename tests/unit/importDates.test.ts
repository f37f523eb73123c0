import { describe, expect, it } from 'vitest';
import { parseImportDate } from '../../electron/services/search/csvImport/importDates';

const T = '2026-11-02';
const ok = (raw: string) => parseImportDate(raw, T);

describe('parseImportDate', () => {
  it('reads the formats of real exports, with or without a time', () => {
    expect(ok('1/5/2020')).toEqual({ ok: true, date: '2020-01-05', sentinel: false });
    expect(ok('2020-01-05')).toMatchObject({ date: '2020-01-05' });
    expect(ok('2020-01-05T10:25:00Z')).toMatchObject({ date: '2020-01-05' });
    expect(ok('12/22/11 10:25')).toMatchObject({ date: '2011-12-22' });
    expect(ok('9/16/23')).toMatchObject({ date: '2023-09-16' });
    expect(ok('3/4/98')).toMatchObject({ date: '1998-03-04' }); // 2-digit years pivot one year after today
    expect(ok('3/4/27')).toMatchObject({ date: '2027-03-04' });
    expect(ok('Jan 5 2020')).toMatchObject({ date: '2020-01-05' });
    expect(ok('January 5, 2020')).toMatchObject({ date: '2020-01-05' });
    expect(ok('5 Jan 2020')).toMatchObject({ date: '2020-01-05' });
    expect(ok('1/5/2020 3:04 PM')).toMatchObject({ date: '2020-01-05' });
  });

  it('treats blanks as missing and placeholder dates as missing with a flag', () => {
    expect(ok('')).toEqual({ ok: true, date: null, sentinel: false });
    expect(ok('N/A')).toEqual({ ok: true, date: null, sentinel: false });
    expect(ok('1/1/1900 0:00')).toEqual({ ok: true, date: null, sentinel: true });
    expect(ok('1899-12-30')).toEqual({ ok: true, date: null, sentinel: true });
    expect(ok('0000-00-00')).toEqual({ ok: true, date: null, sentinel: true });
  });

  it('refuses impossible, out-of-range and unreadable dates with the value in the message', () => {
    expect(ok('2/30/2020')).toEqual({ ok: false, message: expect.stringMatching(/"2\/30\/2020" is not a real calendar date/) });
    expect(ok('3/1/1750')).toEqual({ ok: false, message: expect.stringMatching(/out of range/) });
    expect(ok('Foo 5 2020')).toMatchObject({ ok: false });
    expect(ok('yesterday')).toMatchObject({ ok: false, message: expect.stringMatching(/not a date CaseReady can read/) });
    expect(ok('2020/01/05/7')).toMatchObject({ ok: false });
  });
});
