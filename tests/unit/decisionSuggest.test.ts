/** suggest() against the shipped matrix: the curriculum's two examples, the market variation, the economics check and the schema's refusals. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../electron/services/packs/loadPack';
import { decisionMatrixSchema, type DecisionMatrix } from '../../shared/decision/schema';
import { checkEconomics, suggest, type DecisionInputs } from '../../shared/decision/suggest';
import { TEMPLATES } from './support/inspectionsStore';

const matrix = decisionMatrixSchema.parse(JSON.parse(readFileSync(path.join(TEMPLATES, 'jurisdictions/model-ipmc/decision.json'), 'utf8')));
const none = { elderly: false, disabled: false, lowIncome: false };

const msSmith: DecisionInputs = {
  propertyType: 'single_family',
  occupancy: 'owner_occupied',
  ownerKind: 'individual',
  capacity: { elderly: true, disabled: false, lowIncome: true },
  outOfState: false,
  market: null,
  maxSeverity: 'minor',
  priorViolations: 0,
  priorCitations: 0,
  unresponsive: false,
  economics: null,
};

const outOfStateLlc: DecisionInputs = {
  propertyType: 'multi_unit',
  occupancy: 'tenant_occupied',
  ownerKind: 'organization',
  capacity: none,
  outOfState: true,
  market: 'middle',
  maxSeverity: 'immediate_hazard', // no heat
  priorViolations: 4,
  priorCitations: 2,
  unresponsive: true,
  economics: null,
};

const order = (inputs: DecisionInputs, m: DecisionMatrix = matrix) => suggest(inputs, m).approaches.map((a) => a.approach);

describe('suggest: the curriculum’s examples (Module 1)', () => {
  it.each([
    ['market not recorded', null],
    ['stable market', 'middle'],
    ['strong market', 'strong'],
    ['weak market', 'weak'],
  ] as const)('Ms. Smith (%s): education, more time and referral come first, never a lien or ticket', (_label, market) => {
    const result = suggest({ ...msSmith, market }, matrix);
    const ranked = result.approaches.map((a) => a.approach);
    expect(ranked.slice(0, 3).sort()).toEqual(['education', 'more_time', 'referral']);
    expect(ranked).not.toContain('lien');
    expect(ranked).not.toContain('ticket');
    expect(result.heldBack.map((a) => a.approach)).toEqual(expect.arrayContaining(['lien', 'ticket']));
    expect(result.heldBack.find((a) => a.approach === 'lien')?.reasons[0]?.reason).toMatch(/generational wealth/);
    expect(result.usedDefaults).toBe(false);
    // Every approach shows the reasons that put it there, with the rule that gave them.
    const referral = result.approaches.find((a) => a.approach === 'referral');
    expect(referral?.reasons[0]).toMatchObject({ ruleId: 'owner-occupant-limited-capacity', weight: 6, reason: expect.stringMatching(/home-repair grant/) });
  });

  it('stable vs weak market: a weak market puts the repair-program referral first, a stable one adds a written warning', () => {
    expect(order({ ...msSmith, market: 'weak' })[0]).toBe('referral');
    expect(order({ ...msSmith, market: 'middle' })).toEqual(['education', 'more_time', 'referral', 'warning']);
    const weak = suggest({ ...msSmith, market: 'weak' }, matrix);
    expect(weak.matchedRules.map((r) => r.id)).toContain('weak-market-owner-occupied');
    expect(weak.matchedRules.map((r) => r.id)).not.toContain('stable-market-owner-occupied');
    const warningScore = (r: typeof weak) => r.approaches.find((a) => a.approach === 'warning')?.score;
    expect(warningScore(weak)).toBe(1);
    expect(warningScore(suggest({ ...msSmith, market: 'middle' }, matrix))).toBe(3);
  });

  it('the out-of-state LLC, unresponsive, no heat in a 3-unit: hearing, ticket and abatement lead, then lien', () => {
    const result = suggest(outOfStateLlc, matrix);
    expect(result.approaches.map((a) => a.approach).slice(0, 3).sort()).toEqual(['abatement', 'hearing', 'ticket']);
    expect(result.approaches.map((a) => a.approach)).toContain('lien');
    expect(result.approaches.map((a) => a.approach)).not.toContain('education');
    const abatement = result.approaches.find((a) => a.approach === 'abatement');
    expect(abatement?.reasons.map((r) => r.ruleId)).toEqual(['immediate-hazard', 'tenant-occupied-serious', 'absentee-unresponsive']);
    expect(abatement?.score).toBe(15);
  });

  it('the same LLC answering notices with a minor violation gets no abatement', () => {
    expect(order({ ...outOfStateLlc, unresponsive: false, maxSeverity: 'minor', priorCitations: 0 })).toEqual(['ticket', 'hearing']);
  });

  it('vacant, negative equity and a weak market: land bank first', () => {
    const ranked = order({
      ...outOfStateLlc,
      occupancy: 'vacant',
      market: 'weak',
      maxSeverity: 'major',
      unresponsive: false,
      priorCitations: 0,
      economics: { valueCents: 5_000_000, mortgageCents: 2_500_000, liensCents: 0, repairEstimateCents: 3_100_000 },
    });
    expect(ranked[0]).toBe('land_bank');
    expect(ranked).toContain('referral');
  });

  it('falls back to the defaults when no rule matches, and lists the facts that are missing', () => {
    const blank: DecisionInputs = { ...msSmith, propertyType: null, occupancy: null, ownerKind: null, capacity: none, maxSeverity: null };
    const result = suggest(blank, matrix);
    expect(result.usedDefaults).toBe(true);
    expect(result.approaches.map((a) => a.approach)).toEqual(['education', 'warning']);
    expect(result.approaches[0]?.reasons[0]?.ruleId).toBe('default');
    expect(result.missingFacts).toEqual(['property type', 'occupancy', 'owner of record', 'market type', 'severity of the open violations', 'economics (value, mortgage, liens, repair estimate)']);
  });

  it('equal scores keep the gentler approach first', () => {
    const tie = decisionMatrixSchema.parse({
      version: 1,
      rules: [{ id: 'r', title: 'R', when: { unresponsive: false }, suggest: [{ approach: 'lien', weight: 2, reason: 'x' }, { approach: 'education', weight: 2, reason: 'y' }] }],
      defaults: [{ approach: 'education', weight: 1, reason: 'z' }],
    });
    expect(order(msSmith, tie)).toEqual(['education', 'lien']);
  });
});

describe('checkEconomics', () => {
  it('the curriculum’s numbers: $50,000 − $25,000 − $31,000 is −$6,000, repairs unlikely without help', () => {
    const e = checkEconomics({ valueCents: 5_000_000, mortgageCents: 2_000_000, liensCents: 500_000, repairEstimateCents: 3_100_000 });
    expect(e.equityCents).toBe(-600_000);
    expect(e.negativeEquity).toBe(true);
    expect(e.verdict).toBe("Repairs exceed the owner's equity by $6,000.00: repairs are unlikely without help or transfer — consider repair-program referral or land bank.");
  });

  it('positive equity: repairing is worth it to the owner', () => {
    const e = checkEconomics({ valueCents: 12_000_000, mortgageCents: 4_000_000, liensCents: 0, repairEstimateCents: 1_550_050 });
    expect(e.equityCents).toBe(6_449_950);
    expect(e.negativeEquity).toBe(false);
    expect(e.verdict).toMatch(/^The owner keeps \$64,499\.50 of equity after the repairs/);
  });

  it('negative equity adds the referral and land bank reasons; without economics the condition never holds', () => {
    const under = suggest({ ...msSmith, economics: { valueCents: 100, mortgageCents: 0, liensCents: 0, repairEstimateCents: 101 } }, matrix);
    expect(under.matchedRules.map((r) => r.id)).toContain('negative-equity');
    expect(under.economics?.equityCents).toBe(-1);
    expect(suggest(msSmith, matrix).matchedRules.map((r) => r.id)).not.toContain('negative-equity');
  });
});

describe('decision.json schema', () => {
  const rule = (over: Record<string, unknown> = {}) => ({ id: 'r1', title: 'Rule', when: { unresponsive: true }, suggest: [{ approach: 'ticket', weight: 3, reason: 'Because.' }], ...over });
  const doc = (rules: unknown[]) => ({ version: 1, rules, defaults: [{ approach: 'education', weight: 1, reason: 'Start here.' }] });
  const problems = (data: unknown) => {
    const r = decisionMatrixSchema.safeParse(data);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts the shipped matrices of both packs', async () => {
    expect(problems(doc([rule()]))).toEqual([]);
    for (const id of ['model-ipmc', 'model-strict']) expect((await loadPack(TEMPLATES, id)).decision?.rules.length).toBeGreaterThan(5);
  });

  it.each([
    ['an unknown condition', rule({ when: { ownerIsNice: true } }), /rules\.0\.when: Unrecognized key: "ownerIsNice"/],
    ['a rule with no conditions', rule({ when: {} }), /put unconditional suggestions in "defaults"/],
    ['an unknown market value', rule({ when: { market: ['booming'] } }), /rules\.0\.when\.market\.0/],
    ['an empty value list', rule({ when: { occupancy: [] } }), /list at least one value/],
    ['a fractional weight', rule({ suggest: [{ approach: 'ticket', weight: 2.5, reason: 'x' }] }), /weight: must be a whole number/],
    ['a zero weight', rule({ suggest: [{ approach: 'ticket', weight: 0, reason: 'x' }] }), /weight: cannot be 0/],
    ['a weight out of range', rule({ suggest: [{ approach: 'ticket', weight: 500, reason: 'x' }] }), /weight: must be between -100 and 100/],
    ['a weight written as text', rule({ suggest: [{ approach: 'ticket', weight: '5', reason: 'x' }] }), /weight/],
    ['an unknown approach', rule({ suggest: [{ approach: 'jail', weight: 5, reason: 'x' }] }), /approach/],
    ['a blank reason', rule({ suggest: [{ approach: 'ticket', weight: 5, reason: '  ' }] }), /explain why/],
    ['a negative count', rule({ when: { priorCitationsAtLeast: -1 } }), /cannot be negative/],
  ])('refuses %s', (_label, bad, message) => {
    expect(problems(doc([bad])).join('\n')).toMatch(message);
  });

  it('refuses duplicate rule ids', () => {
    expect(problems(doc([rule(), rule()]))).toEqual(['rules.1.id: rule id "r1" is used twice']);
  });

  it('loadPack: a pack without decision.json still loads; a broken one names the file and the field', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'decision-pack-'));
    const dir = path.join(root, 'jurisdictions', 'model-ipmc');
    mkdirSync(path.dirname(dir), { recursive: true });
    cpSync(path.join(TEMPLATES, 'jurisdictions', 'model-ipmc'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'decision.json'), JSON.stringify(doc([rule({ when: { ownerIsNice: true } })])));
    await expect(loadPack(root, 'model-ipmc')).rejects.toThrow(/decision\.json has a problem: rules\.0\.when: Unrecognized key: "ownerIsNice"/);
    writeFileSync(path.join(dir, 'decision.json'), '{ "rules": [');
    await expect(loadPack(root, 'model-ipmc')).rejects.toThrow(/decision\.json is not valid JSON/);
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'decision.json'));
    const loaded = await loadPack(root, 'model-ipmc');
    expect(loaded.decision).toBeUndefined();
    expect(loaded.pack.id).toBe('model-ipmc');
  });
});
