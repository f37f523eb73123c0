/**
 * "Approach": Module 1's decision support. The inspector adds what the record does not hold (the
 * owner's capacity, out-of-state, unresponsive, the economics) and sees the approaches the pack's
 * matrix suggests, ranked, with the reasons — a starting point to explain, not a decision.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import { parseMoney } from '../../../../shared/money';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { ApproachList } from './ApproachList';
import type { CaseTabProps } from '../cases/caseTabs';
import { ErrorAlert } from '../../ui/ErrorAlert';

type Request = MethodInput<'suggestApproach'>;
const FLAGS = ['elderly', 'disabled', 'lowIncome', 'outOfState', 'unresponsive'] as const;
type Flag = (typeof FLAGS)[number];
const MONEY = ['value', 'mortgage', 'liens', 'repairs'] as const;
type MoneyField = (typeof MONEY)[number];

/** Blank form → no economics; value and repairs are needed, mortgage and liens default to 0. */
function readEconomics(text: Record<MoneyField, string>): { economics?: Request['economics']; errors: Partial<Record<MoneyField, string>> } {
  if (MONEY.every((f) => text[f].trim() === '')) return { errors: {} };
  const errors: Partial<Record<MoneyField, string>> = {};
  const cents: Partial<Record<MoneyField, number>> = {};
  for (const f of MONEY) {
    const blank = text[f].trim() === '';
    if (blank && (f === 'mortgage' || f === 'liens')) {
      cents[f] = 0;
      continue;
    }
    const parsed = parseMoney(text[f]);
    if (parsed.ok) cents[f] = parsed.cents;
    else errors[f] = blank ? t('approach.moneyNeeded') : t('approach.moneyError', { error: parsed.error });
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, economics: { valueCents: cents.value ?? 0, mortgageCents: cents.mortgage ?? 0, liensCents: cents.liens ?? 0, repairEstimateCents: cents.repairs ?? 0 } };
}

export function ApproachTab({ detail }: CaseTabProps) {
  const caseId = detail.id;
  const [flags, setFlags] = useState<Record<Flag, boolean>>({ elderly: false, disabled: false, lowIncome: false, outOfState: false, unresponsive: false });
  const [money, setMoney] = useState<Record<MoneyField, string>>({ value: '', mortgage: '', liens: '', repairs: '' });
  const [moneyErrors, setMoneyErrors] = useState<Partial<Record<MoneyField, string>>>({});
  const [economics, setEconomics] = useState<Request['economics']>(undefined);

  // Checkboxes apply at once; the money applies on "Check economics", when it parses.
  const request: Request = {
    caseId,
    capacity: { elderly: flags.elderly, disabled: flags.disabled, lowIncome: flags.lowIncome },
    outOfState: flags.outOfState,
    unresponsive: flags.unresponsive,
    ...(economics ? { economics } : {}),
  };
  const suggestion = useApiQuery(`approach:${JSON.stringify(request)}`, () => api.suggestApproach(request));
  const s = suggestion.data;

  const applyMoney = () => {
    const read = readEconomics(money);
    setMoneyErrors(read.errors);
    if (Object.keys(read.errors).length === 0) setEconomics(read.economics);
  };

  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: 'minmax(260px, 1fr) 2fr' } }}>
      <Box component="section" aria-labelledby="approach-inputs-heading">
        <Typography id="approach-inputs-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('approach.inputs')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('approach.inputsHelp')}
        </Typography>
        <FormGroup>
          {FLAGS.map((f) => (
            <FormControlLabel
              key={f}
              control={<Checkbox checked={flags[f]} onChange={(e) => setFlags((prev) => ({ ...prev, [f]: e.target.checked }))} />}
              label={t(`approach.flag.${f}` as MessageKey)}
            />
          ))}
        </FormGroup>
        <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1 }}>
          {t('approach.economics')}
        </Typography>
        <Box component="form" noValidate onSubmit={(e) => { e.preventDefault(); applyMoney(); }} sx={{ display: 'grid', gap: 1.5 }}>
          {MONEY.map((f) => (
            <TextField
              key={f}
              size="small"
              label={t(`approach.money.${f}` as MessageKey)}
              value={money[f]}
              onChange={(e) => setMoney((prev) => ({ ...prev, [f]: e.target.value }))}
              error={moneyErrors[f] !== undefined}
              helperText={moneyErrors[f]}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          ))}
          <Button type="submit" variant="outlined">
            {t('approach.checkEconomics')}
          </Button>
        </Box>
      </Box>

      <Box component="section" aria-labelledby="approach-heading">
        <Typography id="approach-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('approach.title')}
        </Typography>
        {suggestion.error && <ErrorAlert error={suggestion.error} sx={{ mb: 2 }} />}
        {s?.economics && (
          <Alert severity={s.economics.negativeEquity ? 'warning' : 'success'} sx={{ mb: 2 }} role="status">
            {s.economics.verdict}
          </Alert>
        )}
        {s?.usedDefaults && <Alert severity="info" sx={{ mb: 2 }}>{t('approach.defaults')}</Alert>}
        {s && <ApproachList id="approach-ranked-heading" title={t('approach.ranked')} approaches={s.approaches} />}
        {s && <ApproachList id="approach-held-heading" title={t('approach.heldBack')} approaches={s.heldBack} against />}
        {s && s.missingFacts.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('approach.missing', { facts: s.missingFacts.join(', ') })}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
