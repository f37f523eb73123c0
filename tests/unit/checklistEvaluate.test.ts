/** Evaluation of a step, the checklists.json schema's refusals, and the two shipped packs. */
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../electron/services/packs/loadPack';
import { evaluateChecklist } from '../../shared/checklists/evaluate';
import { CHECKLIST_STEPS, checklistPackSchema, type ChecklistPack } from '../../shared/checklists/schema';
import { CTX, readyFacts } from './support/checklistFacts';

const TEMPLATES = path.resolve(__dirname, '../../templates');

const pack = (items: unknown[]): unknown => ({ steps: [{ id: 'civil_ticket', title: 'Issue a civil ticket', items }] });
const item = (over: Record<string, unknown> = {}) => ({
  id: 'owner-verified',
  title: 'Owner verified',
  why: 'Wrong-owner tickets are dismissed.',
  predicate: { name: 'ownerVerifiedWithin', params: { days: 90 } },
  severity: 'blocking',
  fixAt: 'tab:parties',
  ...over,
});
const parse = (data: unknown): ChecklistPack => checklistPackSchema.parse(data);

describe('evaluateChecklist', () => {
  it('reports each item and the readiness over applicable blocking items', () => {
    const p = parse(
      pack([
        item(),
        item({ id: 'notice', predicate: { name: 'noticeIssued', params: {} }, fixAt: 'tab:evidence' }),
        item({ id: 'tenants', severity: 'blocking', predicate: { name: 'partyWithRoleRecorded', params: { role: 'tenant' } }, appliesWhen: { occupancy: ['tenant_occupied'] } }),
        item({ id: 'photos', severity: 'advisory', predicate: { name: 'everyViolationHasDatedPhoto', params: {} } }),
      ]),
    );
    const facts = readyFacts({ notices: [] });
    const e = evaluateChecklist(p, 'civil_ticket', facts, CTX);
    expect(e.items.map((i) => [i.id, i.status, i.applies])).toEqual([
      ['owner-verified', 'met', true],
      ['notice', 'missing', true],
      ['tenants', 'missing', false],
      ['photos', 'met', true],
    ]);
    expect(e.items[2]!.appliesNote).toBe('Only when occupancy is tenant_occupied (this case: owner_occupied).');
    expect(e.readiness).toEqual({ percent: 50, done: 1, total: 2 });
    expect(e.ready).toBe(false);

    const waived = evaluateChecklist(p, 'civil_ticket', facts, CTX, [{ itemId: 'notice', reason: 'Emergency order', by: 'solicitor' }]);
    expect(waived.items[1]).toMatchObject({ status: 'waived', detail: 'No Notice of Violation has been issued.', waiver: { by: 'solicitor' } });
    expect(waived.readiness).toEqual({ percent: 100, done: 2, total: 2 });
    expect(waived.ready).toBe(true);
  });

  it('shows a conditional item when the fact it depends on is not recorded', () => {
    const p = parse(pack([item({ predicate: { name: 'partyWithRoleRecorded', params: { role: 'tenant' } }, appliesWhen: { occupancy: ['tenant_occupied'], ownerKind: ['individual'] } })]));
    const e = evaluateChecklist(p, 'civil_ticket', readyFacts({ property: { propertyType: null, occupancy: null } }), CTX);
    expect(e.items[0]).toMatchObject({ applies: true, status: 'missing', appliesNote: 'Shown because the occupancy is not recorded.' });
    const org = evaluateChecklist(p, 'civil_ticket', readyFacts({ owner: { partyId: 1, kind: 'organization' } }), CTX);
    expect(org.items[0]!.applies).toBe(false);
    expect(org.readiness).toEqual({ percent: 100, done: 0, total: 0 });
  });

  it('refuses a step the pack has no checklist for', () => {
    expect(() => evaluateChecklist(parse(pack([item()])), 'file_lien', readyFacts(), CTX)).toThrow(/no checklist for the step "file_lien"/);
  });
});

describe('checklists.json schema', () => {
  const problems = (data: unknown) => {
    const r = checklistPackSchema.safeParse(data);
    expect(r.success).toBe(false);
    return r.error!.issues.map((i) => i.message).join('\n');
  };

  it('refuses an unknown predicate, naming step and item', () => {
    expect(problems(pack([item({ predicate: { name: 'ownerIsNice', params: {} } })]))).toMatch(/step "civil_ticket", item "owner-verified": unknown predicate "ownerIsNice" \(known: ownerVerifiedWithin, /);
  });

  it('refuses bad, missing and unknown parameters', () => {
    expect(problems(pack([item({ predicate: { name: 'ownerVerifiedWithin', params: { days: 'ninety' } } })]))).toMatch(/item "owner-verified": predicate ownerVerifiedWithin parameter days/);
    expect(problems(pack([item({ predicate: { name: 'ownerVerifiedWithin', params: {} } })]))).toMatch(/parameter days/);
    expect(problems(pack([item({ predicate: { name: 'noticeIssued', params: { days: 3 } } })]))).toMatch(/predicate noticeIssued parameter \(params\): .*days/);
    expect(problems(pack([item({ predicate: { name: 'serviceProvedByAllowedMethod', params: { methods: ['carrier_pigeon'] } } })]))).toMatch(/parameter methods\.0/);
  });

  it('refuses unknown steps, UI locations, conditions, severities and repeated ids', () => {
    expect(checklistPackSchema.safeParse({ steps: [{ id: 'foreclose', title: 'x', items: [item()] }] }).success).toBe(false);
    expect(checklistPackSchema.safeParse(pack([item({ fixAt: 'tab:nowhere' })])).success).toBe(false);
    expect(checklistPackSchema.safeParse(pack([item({ severity: 'urgent' })])).success).toBe(false);
    expect(checklistPackSchema.safeParse(pack([item({ appliesWhen: { occupancy: ['haunted'] } })])).success).toBe(false);
    expect(checklistPackSchema.safeParse(pack([item({ appliesWhen: { colour: ['red'] } })])).success).toBe(false);
    expect(checklistPackSchema.safeParse(pack([item({ why: '   ' })])).success).toBe(false);
    expect(problems(pack([item(), item()]))).toMatch(/item "owner-verified": the id is used twice/);
    const twice = { steps: [{ id: 'abatement', title: 'A', items: [item()] }, { id: 'abatement', title: 'B', items: [item()] }] };
    expect(problems(twice)).toMatch(/step "abatement" appears twice/);
  });

  it('is refused by the pack loader with the file named; a pack without the file still loads', async () => {
    const templates = mkdtempSync(path.join(os.tmpdir(), 'caseready-packs-'));
    const dir = path.join(templates, 'jurisdictions', 'model-ipmc');
    mkdirSync(dir, { recursive: true });
    for (const f of ['pack.json', 'notice.en.json', 'notice.es.json']) copyFileSync(path.join(TEMPLATES, 'jurisdictions', 'model-ipmc', f), path.join(dir, f));
    const bare = await loadPack(templates, 'model-ipmc');
    expect(bare.checklists).toBeUndefined();

    writeFileSync(path.join(dir, 'checklists.json'), JSON.stringify(pack([item({ predicate: { name: 'ownerIsNice', params: {} } })])));
    await expect(loadPack(templates, 'model-ipmc')).rejects.toThrow(/checklists\.json has a problem: steps\.0\.items\.0\.predicate\.name: step "civil_ticket", item "owner-verified": unknown predicate "ownerIsNice"/);
    writeFileSync(path.join(dir, 'checklists.json'), '{ "steps": [ ');
    await expect(loadPack(templates, 'model-ipmc')).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/checklists\.json is not valid JSON/) });
  });
});

describe('the shipped packs', () => {
  it('model-strict also differs on hearing notice, the demand for payment and the lien waiting period', async () => {
    const ipmc = await loadPack(TEMPLATES, 'model-ipmc');
    const strict = await loadPack(TEMPLATES, 'model-strict');
    // Everything served by first-class mail: the notice on 09-03, a demand for payment on 10-06 (complete 10-09),
    // the notice of hearing on 11-06 (complete 11-09, before the last day to serve, 11-20).
    const facts = readyFacts({
      demands: [{ id: 52, number: 'DFP-2026-000001', issuedOn: '2026-10-05' }],
      serviceAttempts: [
        { id: 61, documentId: 51, partyId: 1, method: 'first_class_mail', attemptedOn: '2026-09-03', outcome: 'delivered', proofCount: 1 },
        { id: 62, documentId: 52, partyId: 1, method: 'first_class_mail', attemptedOn: '2026-10-06', outcome: 'delivered', proofCount: 1 },
        { id: 64, documentId: 53, partyId: 1, method: 'first_class_mail', attemptedOn: '2026-11-06', outcome: 'delivered', proofCount: 1 },
      ],
    });
    const status = (p: typeof ipmc, step: 'hearing_readiness' | 'file_lien', id: string) => evaluateChecklist(p.checklists!, step, facts, CTX).items.find((i) => i.id === id);
    expect(status(ipmc, 'hearing_readiness', 'hearing-notice-given')).toMatchObject({ status: 'met', severity: 'blocking' });
    expect(status(strict, 'hearing_readiness', 'hearing-notice-given')).toMatchObject({ status: 'missing', detail: expect.stringMatching(/none by certified_mail\/personal_service/) });
    expect(status(ipmc, 'file_lien', 'demand-for-payment-served')).toMatchObject({ status: 'met', severity: 'blocking' });
    expect(status(strict, 'file_lien', 'demand-for-payment-served')?.status).toBe('missing');
    // 30 days (the pack rule) from 10-09 ran out on 11-09; the strict item's own 45 days run to 11-23.
    expect(status(ipmc, 'file_lien', 'lien-waiting-period')?.status).toBe('met');
    expect(status(strict, 'file_lien', 'lien-waiting-period')).toMatchObject({ status: 'missing', detail: expect.stringMatching(/runs until 2026-11-23/) });
  });

  it('model-ipmc has all six steps; model-strict evaluates the same case differently', async () => {
    const ipmc = await loadPack(TEMPLATES, 'model-ipmc');
    const strict = await loadPack(TEMPLATES, 'model-strict');
    expect(ipmc.checklists!.steps.map((s) => s.id)).toEqual([...CHECKLIST_STEPS]);
    expect(strict.checklists!.steps.map((s) => s.id)).toEqual([...CHECKLIST_STEPS]);

    // Owner verified 50 days ago by an LLC's deed, served by first-class mail, no reinspection photo.
    const facts = readyFacts({
      owner: { partyId: 1, kind: 'organization' },
      serviceAttempts: [{ id: 61, documentId: 51, partyId: 1, method: 'first_class_mail', attemptedOn: '2026-09-03', outcome: 'delivered', proofCount: 1 }],
      photos: [readyFacts().photos[0]!],
    });
    const lenient = evaluateChecklist(ipmc.checklists!, 'refer_to_law', facts, CTX);
    const tough = evaluateChecklist(strict.checklists!, 'refer_to_law', facts, CTX);
    expect(lenient.ready).toBe(true);
    expect(lenient.readiness.percent).toBe(100);
    const status = (e: typeof tough, id: string) => e.items.find((i) => i.id === id)?.status;
    expect(status(tough, 'owner-verified')).toBe('stale');
    expect(status(tough, 'service-proved')).toBe('missing');
    expect(status(tough, 'reinspection-shows-violation')).toBe('missing');
    expect(status(tough, 'entity-owner-agent')).toBe('missing');
    expect(status(lenient, 'entity-owner-agent')).toBeUndefined();
    expect(tough.ready).toBe(false);
    expect(tough.readiness.total).toBe(lenient.readiness.total + 1);
  });
});

describe('the per-case predicate memo (the dashboard evaluates all steps of a case with one)', () => {
  it('gives every step exactly the result it gets without the memo, and runs repeated items once', async () => {
    const { checklists } = await loadPack(TEMPLATES, 'model-ipmc');
    const cases = [readyFacts(), readyFacts({ notices: [], photos: [] }), readyFacts({ owner: { partyId: 1, kind: 'organization' }, ownershipFindings: [] })];
    for (const facts of cases) {
      const memo = new Map();
      for (const step of CHECKLIST_STEPS) {
        expect(evaluateChecklist(checklists!, step, facts, CTX, [], memo)).toEqual(evaluateChecklist(checklists!, step, facts, CTX));
      }
      const items = checklists!.steps.flatMap((s) => s.items);
      const distinct = new Set(items.map((i) => `${i.predicate.name}:${JSON.stringify(i.predicate.params)}`));
      expect(memo.size).toBe(distinct.size);
      expect(memo.size).toBeLessThan(items.length);
    }
  });
});
