/** CLI verb of the checklists area: `checklist --case CASE --step STEP`. */
import type { ChecklistEvaluation } from '../../shared/checklists/evaluate';
import { CHECKLIST_STEPS, type ChecklistStep } from '../../shared/checklists/schema';
import { call, need, options, resolveCase, type Command } from './cliSupport';
import { EXIT, UsageError } from './output';

export const CHECKLISTS_USAGE = `  checklist --case CASE --step STEP    what the law department needs before a step, item by item
                                        steps: ${CHECKLIST_STEPS.join(', ')}
`;

const MARK: Record<string, string> = { met: 'MET    ', missing: 'MISSING', stale: 'STALE  ', waived: 'WAIVED ' };

export function describeChecklist(e: ChecklistEvaluation): string {
  const lines = [`${e.stepTitle} — case ${e.caseId}, as of ${e.today}: ${e.readiness.percent}% ready (${e.readiness.done} of ${e.readiness.total} blocking items)`];
  for (const item of e.items) {
    const tag = item.applies ? MARK[item.status] : 'N/A    ';
    lines.push(`  ${tag} ${item.severity === 'blocking' ? '[blocking]' : '[advisory]'} ${item.title} — ${item.detail}${item.status !== 'met' && item.applies ? ` (fix at ${item.fixAt})` : ''}`);
    if (item.appliesNote) lines.push(`          ${item.appliesNote}`);
  }
  return lines.join('\n');
}

export const CHECKLISTS_COMMANDS: Record<string, Command> = {
  checklist: {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' }, step: { type: 'string' } });
      const step = need(values.step, '--step');
      if (!(CHECKLIST_STEPS as readonly string[]).includes(step)) throw new UsageError(`--step must be one of ${CHECKLIST_STEPS.join(', ')} (got "${step}")`);
      const evaluation = await call(ctx, 'evaluateChecklist', { caseId: resolveCase(ctx, values.case), step: step as ChecklistStep });
      ctx.out.result(evaluation, () => describeChecklist(evaluation));
      return EXIT.ok;
    },
  },
};
