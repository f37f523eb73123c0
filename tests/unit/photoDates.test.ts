/** The camera-date plausibility rule (shared/photoDates.ts): the 2008 photo on a 2026 case, clocks in the future, unreadable dates. */
import { describe, expect, it } from 'vitest';
import { CAMERA_DATE_DAYS_BEFORE_CASE, cameraDateFlag, cameraDateProblem, cameraDay, distanceInWords } from '../../shared/photoDates';

const OPENED = '2026-11-30';
const IMPORTED = '2026-12-03T10:15:00.000Z';
const problem = (takenAt: string | null) => cameraDateProblem(takenAt, OPENED, IMPORTED);

describe('cameraDateProblem', () => {
  it('flags a camera date years before the case, saying how far and from when', () => {
    expect(problem('2008-05-01T14:22:05')).toBe('camera date 2008-05-01 is 18 years before the case was opened on 2026-11-30');
    expect(problem('2008:05:01 14:22:05')).toBe('camera date 2008-05-01 is 18 years before the case was opened on 2026-11-30'); // raw EXIF form
    expect(problem('2026-03-01T09:00:00')).toBe('camera date 2026-03-01 is 8 months before the case was opened on 2026-11-30');
    expect(problem('2025-11-29T09:00:00')).toBe('camera date 2025-11-29 is 1 year before the case was opened on 2026-11-30');
  });

  it(`accepts dates up to ${CAMERA_DATE_DAYS_BEFORE_CASE} days before the case and up to one day after the import`, () => {
    expect(problem('2026-06-03T00:00:00')).toBeNull(); // exactly 180 days before
    expect(problem('2026-06-02T23:59:59')).toBe('camera date 2026-06-02 is 5 months before the case was opened on 2026-11-30');
    expect(problem('2026-11-30T08:00:00')).toBeNull();
    expect(problem('2026-12-03T23:00:00')).toBeNull();
    expect(problem('2026-12-04T06:00:00')).toBeNull(); // the camera's zone is ahead of UTC
  });

  it('flags a camera clock in the future (after the day of import, beyond a day for time zones)', () => {
    expect(problem('2026-12-05T06:00:00')).toBe("camera date 2026-12-05 is 2 days after the photo was imported on 2026-12-03, so the camera's clock was wrong");
    expect(problem('2031-01-01T00:00:00')).toBe("camera date 2031-01-01 is 4 years after the photo was imported on 2026-12-03, so the camera's clock was wrong");
  });

  it('flags a date that cannot be read, and leaves an undated photo alone', () => {
    expect(problem('2026-02-30T10:00:00')).toBe('camera date "2026-02-30T10:00:00" cannot be read as a date');
    expect(problem('0000:00:00 00:00:00')).toBe('camera date "0000:00:00 00:00:00" cannot be read as a date');
    expect(problem('yesterday')).toBe('camera date "yesterday" cannot be read as a date');
    expect(problem('2026-11-30T25:00:00')).toMatch(/cannot be read/);
    expect(problem(null)).toBeNull();
  });
});

describe('cameraDateFlag and its helpers', () => {
  it('carries the reason and the explanation, or is null for a plausible date', () => {
    expect(cameraDateFlag({ takenAt: '2008-05-01T14:22:05', addedAt: IMPORTED }, OPENED, 'Clock never set')).toEqual({
      reason: 'camera date 2008-05-01 is 18 years before the case was opened on 2026-11-30',
      explanation: 'Clock never set',
    });
    expect(cameraDateFlag({ takenAt: '2026-11-30T08:00:00', addedAt: IMPORTED }, OPENED, 'ignored')).toBeNull();
  });

  it('reads the stored, the raw EXIF and a zoned form, and rejects impossible days', () => {
    expect(cameraDay('2026-10-03T14:22:05')).toBe('2026-10-03');
    expect(cameraDay('2026:10:03 14:22:05')).toBe('2026-10-03');
    expect(cameraDay('2026-10-03T14:22:05.120+02:00')).toBe('2026-10-03');
    expect(cameraDay('2026-10-03')).toBe('2026-10-03');
    expect(cameraDay('2025-02-29')).toBeNull();
    expect(cameraDay('2026-10-03 garbage')).toBeNull();
  });

  it('words distances in the largest whole unit', () => {
    expect(distanceInWords('2026-11-01', '2026-11-02')).toBe('1 day');
    expect(distanceInWords('2026-10-01', '2026-11-30')).toBe('1 month');
    expect(distanceInWords('2008-12-01', '2026-11-30')).toBe('17 years');
  });
});
