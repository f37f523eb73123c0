/** CLI verbs of the checklists area: `checklist`, `checklist waive`, `checklist signoff`. */
import type { ChecklistReview } from '../../shared/checklistDecisionsTypes';
import { CHECKLIST_STEPS, type ChecklistStep } from '../../shared/checklists/schema';
import { call, need, options, resolveCase, type Command } from './cliSupport';
import { EXIT, UsageError } from './output';

export const CHECKLISTS_USAGE = `  checklist --case CASE --step STEP    what the law department needs before a step, item by item
                                        steps: ${CHECKLIST_STEPS.join(', ')}
  checklist waive --case CASE --step STEP --item ITEM --reason TEXT
                                        waive an item (audited); readiness counts it as done
  checklist signoff --case CASE --step STEP --item ITEM
                                        sign off a met item; lapses when its evidence changes
`;

const MARK: Record<string, string> = { met: 'MET    ', missing: 'MISSING', stale: 'STALE  ', waived: 'WAIVED ' };

export function describeChecklist(e: ChecklistReview): string {
  const lines = [`${e.stepTitle} — case ${e.caseId}, as of ${e.today}: ${e.readiness.percent}% ready (${e.readiness.done} of ${e.readiness.total} blocking items)`];
  for (const item of e.items) {
    const tag = item.applies ? MARK[item.status] : 'N/A    ';
    lines.push(`  ${tag} ${item.severity === 'blocking' ? '[blocking]' : '[advisory]'} ${item.title} — ${item.detail}${item.status !== 'met' && item.applies ? ` (fix at ${item.fixAt})` : ''}`);
    if (item.appliesNote) lines.push(`          ${item.appliesNote}`);
    if (item.waiver) lines.push(`          waived by ${item.waiver.by}: ${item.waiver.reason}`);
    if (item.signOff) lines.push(`          signed off by ${item.signOff.by} at ${item.signOff.at}${item.signOff.current ? '' : ' — LAPSED: the evidence changed since'}`);
  }
  return lines.join('\n');
}

export const CHECKLISTS_COMMANDS: Record<string, Command> = {
  checklist: {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' }, step: { type: 'string' } });
      const step = needStep(values.step);
      const evaluation = await call(ctx, 'evaluateChecklist', { caseId: resolveCase(ctx, values.case), step });
      ctx.out.result(evaluation, () => describeChecklist(evaluation));
      return EXIT.ok;
    },
  },
  'checklist waive': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' }, step: { type: 'string' }, item: { type: 'string' }, reason: { type: 'string' } });
      const step = needStep(values.step);
      const itemId = need(values.item, '--item');
      const reason = need(values.reason, '--reason');
      const result = await call(ctx, 'waiveChecklistItem', { caseId: resolveCase(ctx, values.case), step, itemId, reason });
      ctx.out.result(result, () => `Waived "${itemId}" for ${result.review.stepTitle}.\n${describeChecklist(result.review)}`);
      return EXIT.ok;
    },
  },
  'checklist signoff': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' }, step: { type: 'string' }, item: { type: 'string' } });
      const step = needStep(values.step);
      const itemId = need(values.item, '--item');
      const result = await call(ctx, 'signOffChecklistItem', { caseId: resolveCase(ctx, values.case), step, itemId });
      ctx.out.result(result, () => `Signed off "${itemId}" for ${result.review.stepTitle}; the sign-off lapses if its evidence changes.`);
      return EXIT.ok;
    },
  },
};

function needStep(raw: string | undefined): ChecklistStep {
  const step = need(raw, '--step');
  if (!(CHECKLIST_STEPS as readonly string[]).includes(step)) throw new UsageError(`--step must be one of ${CHECKLIST_STEPS.join(', ')} (got "${step}")`);
  return step as ChecklistStep;
}
