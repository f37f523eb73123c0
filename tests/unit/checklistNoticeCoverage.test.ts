/**
 * everyViolationNoticed on hand-built facts: a violation still pursued (open, referred, abated)
 * must be listed on an issued notice; dismissed and corrected ones are not pursued. One row per
 * way it answers, with the records it names.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFacts, NoticeFact, ViolationFact } from '../../shared/checklists/facts';
import { runPredicate, type EvidenceRef } from '../../shared/checklists/predicates';
import { CTX, readyFacts } from './support/checklistFacts';

const v = (id: number, status: ViolationFact['status'] = 'open', codeSection = `IPMC 30${id % 10}.1`): ViolationFact => ({ id, status, complianceDate: '2026-10-20', codeSection, codeSectionId: null });
const nov = (id: number, n: number, issuedOn: string, violationIds: number[], inferred = false): NoticeFact => ({ id, number: `NOV-2026-00000${n}`, issuedOn, violationIds, inferred });
const facts = (violations: ViolationFact[], notices: NoticeFact[]): CaseFacts => readyFacts({ violations, notices });

type Row = [label: string, facts: CaseFacts, status: 'met' | 'missing', detail: RegExp, evidence: EvidenceRef[]];
const doc = (id: number): EvidenceRef => ({ kind: 'document', id });
const viol = (id: number): EvidenceRef => ({ kind: 'violation', id });

const rows: Row[] = [
  ['one violation, on the one notice', facts([v(1)], [nov(51, 1, '2026-09-02', [1])]), 'met', /^The violation pursued was listed on NOV-2026-000001 \(2026-09-02\)\.$/, [doc(51)]],
  [
    'a violation added after the notice',
    facts([v(1), v(7, 'open', 'IPMC 302.4')], [nov(51, 1, '2026-09-02', [1])]),
    'missing',
    /^IPMC 302.4 \(#7\) was not listed on NOV-2026-000001; issue a new notice covering it\.$/,
    [viol(7)],
  ],
  [
    'two unnoticed, with earlier notices',
    facts([v(1), v(7), v(8, 'referred', '')], [nov(51, 1, '2026-09-02', [1]), nov(52, 3, '2026-10-02', [1])]),
    'missing',
    /^IPMC 307.1 \(#7\), #8 were not listed on NOV-2026-000003 or any earlier notice; issue a new notice covering them\.$/,
    [viol(7), viol(8)],
  ],
  ['no notice at all', facts([v(1), v(2, 'abated')], []), 'missing', /^No Notice of Violation has been issued, so the owner has had notice of none of IPMC 301.1 \(#1\), IPMC 302.1 \(#2\)\.$/, [viol(1), viol(2)]],
  ['nothing pursued', facts([v(1, 'dismissed'), v(2, 'corrected')], [nov(51, 1, '2026-09-02', [])]), 'missing', /^No violation on this case is still pursued/, []],
  ['no violations', facts([], [nov(51, 1, '2026-09-02', [])]), 'missing', /^No violation on this case is still pursued/, []],
  [
    'dismissed and corrected violations need no notice',
    facts([v(1), v(2, 'dismissed'), v(3, 'corrected')], [nov(51, 1, '2026-09-02', [1])]),
    'met',
    /^The violation pursued was listed on NOV-2026-000001/,
    [doc(51)],
  ],
  [
    'covered across two notices; a notice covering nothing pursued is not evidence',
    facts([v(1, 'referred'), v(7), v(9, 'dismissed')], [nov(50, 1, '2026-08-01', [9]), nov(51, 2, '2026-09-02', [1]), nov(52, 3, '2026-10-02', [1, 7])]),
    'met',
    /^All 2 violations pursued were listed on NOV-2026-000002 \(2026-09-02\), NOV-2026-000003 \(2026-10-02\)\.$/,
    [doc(51), doc(52)],
  ],
  [
    'covered only by an inferred list: says so',
    facts([v(1)], [nov(51, 1, '2026-09-02', [1], true)]),
    'met',
    /^The violation pursued was listed on NOV-2026-000001 \(2026-09-02\)\. NOV-2026-000001 was issued before CaseReady recorded what each notice lists: that it listed IPMC 301.1 \(#1\) is inferred from the case history; check the issued PDF\.$/,
    [doc(51)],
  ],
  [
    'an inferred list confirmed by a recorded one needs no caveat',
    facts([v(1)], [nov(51, 1, '2026-09-02', [1], true), nov(52, 2, '2026-10-02', [1])]),
    'met',
    /^The violation pursued was listed on NOV-2026-000001 \(2026-09-02\), NOV-2026-000002 \(2026-10-02\)\.$/,
    [doc(51), doc(52)],
  ],
  [
    'the caveat names only the violations resting on an inferred list',
    facts([v(1), v(2)], [nov(51, 1, '2026-09-02', [1, 2], true), nov(52, 2, '2026-10-02', [2])]),
    'met',
    /NOV-2026-000001 was issued before CaseReady recorded what each notice lists: that it listed IPMC 301.1 \(#1\) is inferred/,
    [doc(51), doc(52)],
  ],
  [
    'an inferred list that left a violation out still leaves it unnoticed',
    facts([v(1), v(2)], [nov(51, 1, '2026-09-02', [1], true)]),
    'missing',
    /^IPMC 302.1 \(#2\) was not listed on NOV-2026-000001; issue/,
    [viol(2)],
  ],
];

describe('everyViolationNoticed', () => {
  it.each(rows)('%s', (_label, f, status, detail, evidence) => {
    const r = runPredicate('everyViolationNoticed', {}, f, CTX);
    expect(r.status).toBe(status);
    expect(r.detail).toMatch(detail);
    expect(r.evidence).toEqual(evidence);
  });

  it('takes no parameters', () => {
    const f = facts([v(1)], [nov(51, 1, '2026-09-02', [1])]);
    expect(runPredicate('everyViolationNoticed', undefined, f, CTX).status).toBe('met');
    expect(() => runPredicate('everyViolationNoticed', { strict: true }, f, CTX)).toThrow();
  });
});
