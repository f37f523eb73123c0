/** CLI verb `deadlines`: every deadline of one case, from the pack's rules, with how each was counted. */
import type { CaseDeadlines } from '../../shared/caseDeadlinesTypes';
import { call, options, resolveCase, type Command } from './cliSupport';
import { EXIT, UsageError } from './output';

export const DEADLINES_USAGE = `  deadlines CASE                        every deadline of the case (compliance, service, appeal, reinspection,
                                        hearing notice, lien waiting), soonest first, with how each was counted
`;

const STATE: Record<string, string> = { past: 'PAST    ', today: 'TODAY   ', upcoming: 'UPCOMING' };

export function describeDeadlines(d: CaseDeadlines): string {
  const lines = [`Deadlines of ${d.caseNumber}, as of ${d.today}: ${d.deadlines.length === 0 ? 'none' : d.deadlines.length}`];
  for (const x of d.deadlines) lines.push(`  ${x.date}  ${STATE[x.state]}  ${x.label}`, `              ${x.explanation}`);
  for (const p of d.problems) lines.push(`  Not computed: ${p}`);
  return lines.join('\n');
}

export const DEADLINES_COMMANDS: Record<string, Command> = {
  deadlines: {
    readOnly: true,
    run: async (ctx) => {
      const { values, positionals } = options(ctx.args, { case: { type: 'string' } }, true);
      if (positionals.length > 1) throw new UsageError(`deadlines takes one case (got ${positionals.join(', ')})`);
      const result = await call(ctx, 'listCaseDeadlines', { caseId: resolveCase(ctx, positionals[0] ?? values.case) });
      ctx.out.result(result, () => describeDeadlines(result));
      return EXIT.ok;
    },
  },
};
