/** The optional `deadlines` section of a jurisdiction pack. */
import { describe, expect, it } from 'vitest';
import { jurisdictionPackSchema } from '../../shared/jurisdictionPack';
import { loadModelPack } from './support/noticeFixture';

const issuesOf = (value: unknown) => {
  const r = jurisdictionPackSchema.safeParse(value);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
};

describe('pack deadlines schema', () => {
  it('is optional, so packs written before deadlines still load', async () => {
    const { pack } = await loadModelPack();
    const { deadlines: _deadlines, ...older } = pack;
    expect(jurisdictionPackSchema.safeParse(older).success).toBe(true);
  });

  it('the model pack sets every rule, service days and two local holidays', async () => {
    const { pack } = await loadModelPack();
    expect(Object.keys(pack.deadlines!.rules).sort()).toEqual(['appeal', 'compliance', 'hearingNotice', 'lienWaiting', 'reinspection', 'serviceCompletion']);
    expect(pack.deadlines!.serviceDays).toEqual({ certified_mail: 5, first_class_mail: 3, personal_service: 0, posting: 3 });
    expect(pack.deadlines!.holidays.map((h) => h.name)).toEqual(["Lincoln's Birthday", 'Day after Thanksgiving']);
  });

  it.each([
    ['an unknown rule name', (d: Record<string, unknown>) => ({ ...d, rules: { ...(d.rules as object), fishing: { days: 1, unit: 'calendar', roll: 'forward' } } }), /deadlines\.rules/],
    ['hearing notice that rolls forward', (d: Record<string, unknown>) => ({ ...d, rules: { hearingNotice: { days: 10, unit: 'calendar', roll: 'forward' } } }), /hearingNotice\.roll: must be "backward" or "none"/],
    ['a negative day count', (d: Record<string, unknown>) => ({ ...d, rules: { appeal: { days: -1, unit: 'calendar', roll: 'forward' } } }), /rules\.appeal\.days/],
    ['weeks as a unit', (d: Record<string, unknown>) => ({ ...d, rules: { appeal: { days: 1, unit: 'weeks', roll: 'forward' } } }), /rules\.appeal\.unit/],
    ['a service method without days', (d: Record<string, unknown>) => ({ ...d, serviceDays: { certified_mail: 5, first_class_mail: 3, personal_service: 0 } }), /serviceDays\.posting: is missing/],
    ['February 30', (d: Record<string, unknown>) => ({ ...d, holidays: [{ name: 'Bad', month: 2, day: 30 }] }), /does not exist in that month/],
    ['a one-off date that does not exist', (d: Record<string, unknown>) => ({ ...d, holidays: [{ name: 'Bad', date: '2026-02-29' }] }), /not a real calendar date/],
    ['a fifth Monday', (d: Record<string, unknown>) => ({ ...d, holidays: [{ name: 'Bad', month: 3, weekday: 1, nth: 5 }] }), /deadlines\.holidays\.0/],
    ['an unknown observance', (d: Record<string, unknown>) => ({ ...d, observance: 'nearest' }), /deadlines\.observance/],
  ])('refuses %s', async (_what, change, message) => {
    const { pack } = await loadModelPack();
    expect(issuesOf({ ...pack, deadlines: change(pack.deadlines as unknown as Record<string, unknown>) })).toMatch(message);
  });
});
