/** The optional fine schedule of a jurisdiction pack (added for citations; older packs have none). */
import { describe, expect, it } from 'vitest';
import { jurisdictionPackSchema } from '../../shared/jurisdictionPack';
import { loadModelPack } from './support/noticeFixture';

describe('pack fine schedule', () => {
  it('is optional, so packs written before citations still load', async () => {
    const { pack } = await loadModelPack();
    const { fines: _fines, ...older } = pack;
    expect(jurisdictionPackSchema.safeParse(older).success).toBe(true);
  });

  it('the model pack escalates fines in whole cents', async () => {
    const { pack } = await loadModelPack();
    expect(pack.fines).toEqual({
      dueDays: 30,
      schedule: {
        minor: { first: 5000, second: 10000, thirdOrMore: 25000 },
        major: { first: 10000, second: 25000, thirdOrMore: 50000 },
        life_safety: { first: 25000, second: 50000, thirdOrMore: 100000 },
      },
    });
  });

  it.each([
    ['a fraction of a cent', { first: 50.5, second: 100, thirdOrMore: 200 }, /fines\.schedule\.minor\.first/],
    ['a negative fine', { first: -1, second: 100, thirdOrMore: 200 }, /fines\.schedule\.minor\.first/],
    ['a fine that goes down', { first: 500, second: 100, thirdOrMore: 200 }, /must not go down for repeat offenses/],
    ['dollars as text', { first: '$50', second: 100, thirdOrMore: 200 }, /must be a whole number of cents/],
  ])('refuses %s', async (_what, minor, message) => {
    const { pack } = await loadModelPack();
    const bad = { ...pack, fines: { ...pack.fines!, schedule: { ...pack.fines!.schedule, minor } } };
    const r = jurisdictionPackSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const text = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
    expect(text).toMatch(message);
  });
});
