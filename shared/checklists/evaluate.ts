/**
 * Evaluates one step's checklist against a case's facts: which items apply to this property and
 * owner, what each predicate finds, which items a person waived, and how ready the step is
 * (the share of applicable blocking items met or waived). Pure: today and the pack's deadline setup
 * come in the PredicateContext, stored waivers are passed in.
 */
import { AppError } from '../errors';
import type { CaseFacts, IsoDate } from './facts';
import { isPredicateName, runPredicate, type EvidenceRef, type PredicateContext, type PredicateResult } from './predicates';
import type { AppliesWhen, ChecklistItem, ChecklistPack, ChecklistStep, FixLocation } from './schema';

export type ItemStatus = 'met' | 'missing' | 'stale' | 'waived';

export interface Waiver {
  readonly itemId: string;
  readonly reason: string;
  readonly by: string;
}

export interface ChecklistItemResult {
  readonly id: string;
  readonly title: string;
  readonly why: string;
  readonly severity: 'blocking' | 'advisory';
  readonly fixAt: FixLocation;
  readonly predicate: string;
  /** False when the item's conditions (occupancy, owner kind, property type) exclude this case. */
  readonly applies: boolean;
  /** Why it applies or not, when the pack set conditions ("occupancy is not recorded"). */
  readonly appliesNote: string | null;
  readonly status: ItemStatus;
  /** What the predicate found (kept for waived items, so the waiver is read beside the gap). */
  readonly detail: string;
  readonly evidence: readonly EvidenceRef[];
  readonly waiver: Waiver | null;
}

export interface ChecklistEvaluation {
  readonly caseId: number;
  readonly step: ChecklistStep;
  readonly stepTitle: string;
  readonly today: IsoDate;
  readonly items: readonly ChecklistItemResult[];
  /** Applicable blocking items met or waived, out of all applicable blocking items; 100 when there are none. */
  readonly readiness: { readonly percent: number; readonly done: number; readonly total: number };
  /** Every applicable blocking item is met or waived. */
  readonly ready: boolean;
}

export function evaluateChecklist(
  pack: ChecklistPack,
  step: ChecklistStep,
  facts: CaseFacts,
  ctx: PredicateContext,
  waivers: readonly Waiver[] = [],
  /** Predicate results already found for THIS case: pass one map per case when evaluating several steps. */
  memo?: PredicateMemo,
): ChecklistEvaluation {
  const stepDef = pack.steps.find((s) => s.id === step);
  if (!stepDef) throw new AppError('NOT_FOUND', `This jurisdiction pack has no checklist for the step "${step}".`);
  const items = stepDef.items.map((item) => evaluateItem(item, facts, ctx, waivers.find((w) => w.itemId === item.id) ?? null, memo));
  const blocking = items.filter((i) => i.applies && i.severity === 'blocking');
  const done = blocking.filter((i) => i.status === 'met' || i.status === 'waived').length;
  const percent = blocking.length === 0 ? 100 : Math.floor((done * 100) / blocking.length);
  return {
    caseId: facts.caseId,
    step,
    stepTitle: stepDef.title,
    today: ctx.today,
    items,
    readiness: { percent, done, total: blocking.length },
    ready: done === blocking.length,
  };
}

/**
 * Predicate results for one case and one `today`, keyed by predicate name and parameters. The six
 * steps repeat items (owner verified, service proved… appear in up to six steps), so the
 * dashboard's 60,000 checklists run each distinct predicate once per case instead of once per item.
 */
export type PredicateMemo = Map<string, PredicateResult>;

const memoKeys = new WeakMap<ChecklistItem, string>();
function memoKey(item: ChecklistItem): string {
  let key = memoKeys.get(item);
  if (key === undefined) {
    key = `${item.predicate.name}:${JSON.stringify(item.predicate.params)}`;
    memoKeys.set(item, key);
  }
  return key;
}

function evaluateItem(item: ChecklistItem, facts: CaseFacts, ctx: PredicateContext, waiver: Waiver | null, memo: PredicateMemo | undefined): ChecklistItemResult {
  // The schema refused unknown names when the pack loaded; a pack object built in code is checked here.
  if (!isPredicateName(item.predicate.name)) throw new AppError('VALIDATION', `Checklist item "${item.id}" names an unknown predicate "${item.predicate.name}".`);
  const key = memo ? memoKey(item) : '';
  let result = memo?.get(key);
  if (!result) {
    result = runPredicate(item.predicate.name, item.predicate.params, facts, ctx);
    memo?.set(key, result);
  }
  const { applies, note } = appliesTo(item.appliesWhen, facts);
  return {
    id: item.id,
    title: item.title,
    why: item.why,
    severity: item.severity,
    fixAt: item.fixAt,
    predicate: item.predicate.name,
    applies,
    appliesNote: note,
    status: waiver ? 'waived' : result.status,
    detail: result.detail,
    evidence: result.evidence,
    waiver,
  };
}

/**
 * Conditions over the case's facts. A fact that is not recorded (occupancy unknown) does not
 * exclude the item: the law department would rather see a requirement that may not apply than
 * miss one that does, and the note says which fact to record.
 */
export function appliesTo(when: AppliesWhen | undefined, facts: CaseFacts): { applies: boolean; note: string | null } {
  if (!when) return { applies: true, note: null };
  const checks: Array<[string, readonly string[] | undefined, string | null]> = [
    ['occupancy', when.occupancy, facts.property.occupancy],
    ['property type', when.propertyType, facts.property.propertyType],
    ['owner kind', when.ownerKind, facts.owner?.kind ?? null],
  ];
  const unknown: string[] = [];
  for (const [label, allowed, actual] of checks) {
    if (!allowed) continue;
    if (actual === null) unknown.push(label);
    else if (!allowed.includes(actual)) return { applies: false, note: `Only when ${label} is ${allowed.join(' or ')} (this case: ${actual}).` };
  }
  if (unknown.length > 0) return { applies: true, note: `Shown because the ${unknown.join(' and ')} ${unknown.length === 1 ? 'is' : 'are'} not recorded.` };
  return { applies: true, note: null };
}
