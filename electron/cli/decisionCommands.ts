/** CLI verb of the decision area: `approach --case CASE [flags]`, Module 1's suggested approaches with reasons. */
import type { DecisionSuggestion, EconomicsInput } from '../../shared/decision/suggest';
import { parseMoney } from '../../shared/money';
import { call, options, resolveCase, type Command } from './cliSupport';
import { EXIT, UsageError } from './output';

export const DECISION_USAGE = `  approach --case CASE [--elderly] [--disabled] [--low-income] [--out-of-state] [--unresponsive]
           [--value $ --repairs $ [--mortgage $] [--liens $]]
                                        suggested approaches, ranked, with the reasons (pack's decision.json)
                                        and the economics of compliance: value − mortgage − liens − repairs
`;

function money(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new UsageError(`${flag} ${parsed.error}`);
  return parsed.cents;
}

/** Value and repairs are the check; a property owned free and clear has no mortgage or liens, so those default to 0. */
function economicsFrom(v: { value?: string; mortgage?: string; liens?: string; repairs?: string }): EconomicsInput | undefined {
  const valueCents = money('--value', v.value);
  const repairEstimateCents = money('--repairs', v.repairs);
  const mortgageCents = money('--mortgage', v.mortgage);
  const liensCents = money('--liens', v.liens);
  const given = [valueCents, repairEstimateCents, mortgageCents, liensCents].some((x) => x !== undefined);
  if (!given) return undefined;
  if (valueCents === undefined || repairEstimateCents === undefined) {
    throw new UsageError('the economics check needs both --value and --repairs (--mortgage and --liens default to 0)');
  }
  return { valueCents, mortgageCents: mortgageCents ?? 0, liensCents: liensCents ?? 0, repairEstimateCents };
}

export function describeSuggestion(s: DecisionSuggestion, caseId: number): string {
  const lines = [`Suggested approach — case ${caseId}${s.usedDefaults ? ' (no rule matched; the department’s starting point)' : ''}`];
  s.approaches.forEach((a, i) => {
    lines.push(`  ${i + 1}. ${a.label} (score ${a.score})`);
    for (const r of a.reasons) lines.push(`       ${r.weight > 0 ? '+' : ''}${r.weight} ${r.reason} [${r.ruleId}]`);
  });
  for (const a of s.heldBack) lines.push(`  Held back: ${a.label} (score ${a.score}) — ${a.reasons.filter((r) => r.weight < 0).map((r) => r.reason).join(' ')}`);
  if (s.economics) lines.push(`Economics: ${s.economics.verdict}`);
  if (s.missingFacts.length > 0) lines.push(`Not recorded (rules about these were skipped): ${s.missingFacts.join(', ')}`);
  return lines.join('\n');
}

export const DECISION_COMMANDS: Record<string, Command> = {
  approach: {
    run: async (ctx) => {
      const { values } = options(ctx.args, {
        case: { type: 'string' },
        elderly: { type: 'boolean' },
        disabled: { type: 'boolean' },
        'low-income': { type: 'boolean' },
        'out-of-state': { type: 'boolean' },
        unresponsive: { type: 'boolean' },
        value: { type: 'string' },
        mortgage: { type: 'string' },
        liens: { type: 'string' },
        repairs: { type: 'string' },
      });
      const caseId = resolveCase(ctx, values.case);
      const economics = economicsFrom(values);
      const suggestion = await call(ctx, 'suggestApproach', {
        caseId,
        capacity: { elderly: values.elderly === true, disabled: values.disabled === true, lowIncome: values['low-income'] === true },
        outOfState: values['out-of-state'] === true,
        unresponsive: values.unresponsive === true,
        ...(economics ? { economics } : {}),
      });
      ctx.out.result(suggestion, () => describeSuggestion(suggestion, caseId));
      return EXIT.ok;
    },
  },
};
