/**
 * Prepare: pick a legal step, see what the law department needs for it (met, missing, stale,
 * waived — each with why), fix each gap where it lives, waive with a reason or sign off, and watch
 * readiness rise. The step's documents (StepDocuments) unlock when every blocking item is met or waived.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ChecklistItemWithSignOff } from '../../../../shared/checklistDecisionsTypes';
import { CHECKLIST_STEPS, type ChecklistStep } from '../../../../shared/checklists/schema';
import type { AppErrorShape } from '../../../../shared/errors';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { useNotify } from '../../lib/notify';
import { useApiQuery } from '../../lib/useApiQuery';
import type { CaseTabProps } from '../cases/caseTabs';
import { CaseDeadlinesList } from '../cases/CaseDeadlinesList';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { StepDocuments } from '../documents/StepDocuments';
import { WaiveItemDialog } from './WaiveItemDialog';

const GROUPS = ['missing', 'stale', 'waived', 'met'] as const;

export function PrepareTab({ detail, onNavigate, opening }: CaseTabProps) {
  // A jump from a locked document opens on the step that guards it; the section list on the notice's.
  const [step, setStep] = useState<ChecklistStep>(opening?.step ?? 'notice_of_violation');
  const query = useApiQuery(`checklist:${detail.id}:${step}`, () => api.evaluateChecklist({ caseId: detail.id, step }));
  const [waiving, setWaiving] = useState<ChecklistItemWithSignOff | null>(null);
  const [actionError, setActionError] = useState<AppErrorShape | null>(null);
  const notify = useNotify();
  const review = query.data;
  // Which documents each step guards does not change while the tab is open; lock state comes from the review.
  const gates = useApiQuery(`documentGates:${detail.id}`, () => api.getDocumentGates({ caseId: detail.id }));

  async function act(call: () => Promise<{ ok: boolean; error?: AppErrorShape }>, done: string) {
    setActionError(null);
    const result = await call();
    if (result.ok) {
      notify(done);
      query.reload();
    } else if (result.error) setActionError(result.error);
  }

  const applicable = review?.items.filter((i) => i.applies) ?? [];
  const notApplicable = review?.items.filter((i) => !i.applies) ?? [];

  return (
    <Box component="section" aria-labelledby="prepare-heading">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography id="prepare-heading" variant="h2" sx={{ flexGrow: 1 }}>
          {t('prepare.heading')}
        </Typography>
        <TextField select size="small" label={t('prepare.step')} value={step} onChange={(e) => setStep(e.target.value as ChecklistStep)} sx={{ minWidth: 260 }}>
          {CHECKLIST_STEPS.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`prepare.step.${s}` as MessageKey)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {query.error && <ErrorAlert error={query.error} sx={{ mb: 2 }} />}
      {actionError && <ErrorAlert error={actionError} onClose={() => setActionError(null)} sx={{ mb: 2 }} />}
      {!review ? (
        !query.error && <LoadingBlock />
      ) : (
        <>
          <Paper sx={{ p: 2, mb: 2 }}>
            <Typography id="readiness-label" variant="body1" sx={{ mb: 1 }}>
              {t('prepare.readiness', { percent: review.readiness.percent, done: review.readiness.done, total: review.readiness.total })}
            </Typography>
            <LinearProgress variant="determinate" value={review.readiness.percent} aria-labelledby="readiness-label" sx={{ height: 10, borderRadius: 1 }} />
          </Paper>
          {gates.error && <ErrorAlert error={gates.error} sx={{ mb: 2 }} />}
          <StepDocuments review={review} gates={gates.data ?? []} onNavigate={onNavigate} />
          {GROUPS.map((status) => {
            const items = applicable.filter((i) => i.status === status);
            if (items.length === 0) return null;
            return (
              <Box component="section" key={status} aria-label={t(`prepare.group.${status}` as MessageKey)} sx={{ mb: 2 }}>
                <Typography variant="h3" sx={{ mb: 1 }}>
                  {t(`prepare.group.${status}` as MessageKey)} ({items.length})
                </Typography>
                <Stack spacing={1}>
                  {items.map((item) => (
                    <ItemCard
                      key={item.id}
                      item={item}
                      onFix={item.fixAt.startsWith('tab:') ? () => onNavigate(item.fixAt.slice(4)) : null}
                      onWaive={() => setWaiving(item)}
                      onWithdraw={() => void act(() => api.withdrawWaiver({ caseId: detail.id, step, itemId: item.id }), t('prepare.withdrawn'))}
                      onSignOff={() => void act(() => api.signOffChecklistItem({ caseId: detail.id, step, itemId: item.id }), t('prepare.signedOff'))}
                    />
                  ))}
                </Stack>
              </Box>
            );
          })}
          {notApplicable.length > 0 && (
            <Typography variant="body2" color="text.secondary">
              {t('prepare.notApplicable', { items: notApplicable.map((i) => `${i.title} (${i.appliesNote ?? ''})`).join('; ') })}
            </Typography>
          )}
        </>
      )}
      <CaseDeadlinesList caseId={detail.id} />
      <WaiveItemDialog
        open={waiving !== null}
        caseId={detail.id}
        step={step}
        itemId={waiving?.id ?? ''}
        itemTitle={waiving?.title ?? ''}
        onClose={() => setWaiving(null)}
        onWaived={() => {
          setWaiving(null);
          query.reload();
        }}
      />
    </Box>
  );
}

interface ItemCardProps {
  readonly item: ChecklistItemWithSignOff;
  readonly onFix: (() => void) | null;
  readonly onWaive: () => void;
  readonly onWithdraw: () => void;
  readonly onSignOff: () => void;
}

function ItemCard({ item, onFix, onWaive, onWithdraw, onSignOff }: ItemCardProps) {
  const headingId = `prepare-item-${item.id}`;
  const open = item.status === 'missing' || item.status === 'stale';
  return (
    <Paper component="article" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <Typography id={headingId} variant="subtitle1" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {item.title}
        </Typography>
        <Chip size="small" label={t(`prepare.severity.${item.severity}` as MessageKey)} color={item.severity === 'blocking' ? 'error' : 'default'} variant="outlined" />
      </Stack>
      <Typography variant="body2">{item.detail}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('prepare.why', { why: item.why })}
      </Typography>
      {item.appliesNote && (
        <Typography variant="body2" color="text.secondary">
          {item.appliesNote}
        </Typography>
      )}
      {item.waiver && <Typography variant="body2">{t('prepare.waivedBy', { by: item.waiver.by, reason: item.waiver.reason })}</Typography>}
      {item.signOff && (
        <Typography variant="body2" color={item.signOff.current ? 'success.main' : 'warning.main'}>
          {t(item.signOff.current ? 'prepare.signOffCurrent' : 'prepare.signOffLapsed', { by: item.signOff.by, at: item.signOff.at.slice(0, 16).replace('T', ' ') })}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {open && onFix && (
          <Button size="small" variant="contained" onClick={onFix} aria-label={t('prepare.fixLabel', { title: item.title })}>
            {t('prepare.fix')}
          </Button>
        )}
        {open && (
          <Button size="small" onClick={onWaive} aria-label={t('prepare.waiveLabel', { title: item.title })}>
            {t('prepare.waive')}
          </Button>
        )}
        {item.status === 'waived' && (
          <Button size="small" onClick={onWithdraw} aria-label={t('prepare.withdrawLabel', { title: item.title })}>
            {t('prepare.withdraw')}
          </Button>
        )}
        {item.status === 'met' && !item.signOff?.current && (
          <Button size="small" onClick={onSignOff} aria-label={t('prepare.signOffLabel', { title: item.title })}>
            {t('prepare.signOff')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
