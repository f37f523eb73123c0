/** "Tickets & hearings": citations with their escalating fines, and hearings with continuances and outcomes. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { addHearingInput, continueHearingInput, issueCitationInput, recordHearingOutcomeInput, setCitationStatusInput } from '../../../../shared/enforcementSchemas';
import { CITATION_STATUSES, HEARING_OUTCOMES, type Citation, type Hearing } from '../../../../shared/enforcementTypes';
import { FINE_SEVERITIES } from '../../../../shared/jurisdictionPack';
import { formatCents } from '../../../../shared/money';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { localIsoDate } from '../../lib/dates';
import { useApiQuery } from '../../lib/useApiQuery';
import type { CaseTabProps } from '../cases/caseTabs';
import { EnforcementFormDialog } from './EnforcementFormDialog';
import { ListSection, SectionTable, type Column } from './EnforcementSection';
import { ErrorAlert } from '../../ui/ErrorAlert';

type Dialog = { kind: 'citation' } | { kind: 'status'; citation: Citation } | { kind: 'hearing' } | { kind: 'continue'; hearing: Hearing } | { kind: 'outcome'; hearing: Hearing } | null;

const when = (at: string) => at.replace('T', ' ');
const severityLabel = (s: string) => t(`citation.severity.${s}` as MessageKey);
const outcomeLabel = (o: string) => t(`hearing.outcome.${o}` as MessageKey);
const citationColumns: Column[] = [
  { label: t('citation.number') },
  { label: t('citation.severity') },
  { label: t('citation.offense') },
  { label: t('citation.fine'), align: 'right' },
  { label: t('citation.due') },
  { label: t('citation.status') },
  { label: t('citation.actions'), actions: true },
];

function HearingCard({ h, onContinue, onOutcome }: { readonly h: Hearing; readonly onContinue: () => void; readonly onOutcome: () => void }) {
  return (
    <Paper variant="outlined" component="article" aria-label={t('hearing.docketLabel', { docket: h.docketNumber })} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h3">{t('hearing.heading', { tribunal: h.tribunal, docket: h.docketNumber })}</Typography>
          <Typography>{t('hearing.when', { at: when(h.scheduledAt), place: h.place })}</Typography>
          {h.hearingOfficer && <Typography color="text.secondary">{t('hearing.officerLine', { officer: h.hearingOfficer })}</Typography>}
        </Box>
        {!h.outcome && (
          <Stack direction="row" spacing={1}>
            <Button size="small" onClick={onContinue}>
              {t('hearing.continue')}
            </Button>
            <Button size="small" variant="outlined" onClick={onOutcome}>
              {t('hearing.recordOutcome')}
            </Button>
          </Stack>
        )}
      </Box>
      {h.continuances.length > 0 && (
        <List dense aria-label={t('hearing.continuances')}>
          {h.continuances.map((c) => (
            <ListItem key={c.id} disableGutters>
              {t('hearing.continuanceLine', { from: when(c.previousAt), to: when(c.newAt), reason: c.reason })}
            </ListItem>
          ))}
        </List>
      )}
      {h.outcome && (
        <Typography sx={{ mt: 1 }}>
          <Chip size="small" color={h.outcome.outcome === 'not_liable' || h.outcome.outcome === 'dismissed' ? 'default' : 'primary'} label={outcomeLabel(h.outcome.outcome)} sx={{ mr: 1 }} />
          {t('hearing.outcomeLine', { fines: formatCents(h.outcome.finesOrderedCents), orderDate: h.outcome.orderDate, appealDeadline: h.outcome.appealDeadline })}
        </Typography>
      )}
    </Paper>
  );
}

export function HearingsTab({ detail }: CaseTabProps) {
  const caseId = detail.id;
  const citations = useApiQuery(`citations:${caseId}`, () => api.listCitations({ caseId }));
  const hearings = useApiQuery(`hearings:${caseId}`, () => api.listHearings({ caseId }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const done = () => {
    setDialog(null);
    citations.reload();
    hearings.reload();
  };
  const today = localIsoDate(new Date());
  const citationOptions = [{ value: '', label: t('hearing.noCitation') }, ...(citations.data ?? []).map((c) => ({ value: String(c.id), label: c.number }))];

  return (
    <Box>
      {(citations.error ?? hearings.error) && <ErrorAlert error={(citations.error ?? hearings.error)!} sx={{ mb: 2 }} />}
      <ListSection
        id="citations-heading"
        title={t('citation.title')}
        addLabel={t('citation.issue')}
        onAdd={() => setDialog({ kind: 'citation' })}
        addDisabled={detail.violations.length === 0}
        items={citations.data}
        emptyText={t('citation.none')}
      >
        {(items) => (
          <SectionTable label={t('citation.title')} columns={citationColumns}>
            {items.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{c.number}</TableCell>
                <TableCell>{severityLabel(c.severity)}</TableCell>
                <TableCell>{c.offenseNumber}</TableCell>
                <TableCell align="right">{formatCents(c.fineCents)}</TableCell>
                <TableCell>{c.dueOn}</TableCell>
                <TableCell>{t(`citation.status.${c.status}` as MessageKey)}</TableCell>
                <TableCell>
                  {c.status !== 'dismissed' && (
                    <Button size="small" onClick={() => setDialog({ kind: 'status', citation: c })} aria-label={t('citation.changeStatusLabel', { number: c.number })}>
                      {t('citation.changeStatus')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </SectionTable>
        )}
      </ListSection>

      <ListSection
        id="hearings-heading"
        title={t('hearing.title')}
        addLabel={t('hearing.add')}
        onAdd={() => setDialog({ kind: 'hearing' })}
        items={hearings.data}
        emptyText={t('hearing.none')}
      >
        {(items) => (
          <Stack spacing={2}>
            {items.map((h) => (
              <HearingCard key={h.id} h={h} onContinue={() => setDialog({ kind: 'continue', hearing: h })} onOutcome={() => setDialog({ kind: 'outcome', hearing: h })} />
            ))}
          </Stack>
        )}
      </ListSection>

      <EnforcementFormDialog
        open={dialog?.kind === 'citation'}
        title={t('citation.issueTitle')}
        submitLabel={t('citation.issue')}
        fields={[
          { name: 'violationIds', label: t('citation.violations'), kind: 'multiselect', required: true, options: detail.violations.map((v) => ({ value: String(v.id), label: `${v.codeSection} — ${v.description}` })) },
          { name: 'severity', label: t('citation.severity'), kind: 'select', required: true, options: FINE_SEVERITIES.map((s) => ({ value: s, label: severityLabel(s) })) },
          { name: 'issuedOn', label: t('citation.issuedOn'), kind: 'date', required: true },
          { name: 'fine', label: t('citation.fineOverride'), kind: 'money', helper: t('citation.fineHint') },
        ]}
        initial={{ violationIds: detail.violations.filter((v) => v.status === 'open').map((v) => String(v.id)).join(','), severity: 'minor', issuedOn: today, fine: '' }}
        schema={issueCitationInput}
        toInput={(v) => ({
          caseId,
          violationIds: v.violationIds ? v.violationIds.split(',').map(Number) : [],
          severity: v.severity,
          issuedOn: v.issuedOn,
          fine: v.fine ? v.fine : undefined,
        })}
        submit={(input) => api.issueCitation(input)}
        doneMessage={t('citation.issued')}
        onClose={close}
        onDone={done}
      />
      {dialog?.kind === 'status' && (
        <EnforcementFormDialog
          open
          title={t('citation.statusTitle', { number: dialog.citation.number })}
          submitLabel={t('citation.changeStatus')}
          fields={[
            {
              name: 'status',
              label: t('citation.status'),
              kind: 'select',
              required: true,
              options: CITATION_STATUSES.map((x) => ({ value: x, label: t(`citation.status.${x}` as MessageKey) })),
              helper: t('citation.dismissHint'),
            },
            { name: 'reason', label: t('citation.statusReason'), kind: 'text', required: true },
          ]}
          initial={{ status: dialog.citation.status, reason: '' }}
          schema={setCitationStatusInput}
          toInput={(v) => ({ citationId: dialog.citation.id, ...v })}
          submit={(input) => api.setCitationStatus(input)}
          doneMessage={t('citation.statusChanged')}
          onClose={close}
          onDone={done}
        />
      )}
      <EnforcementFormDialog
        open={dialog?.kind === 'hearing'}
        title={t('hearing.addTitle')}
        submitLabel={t('hearing.add')}
        fields={[
          { name: 'tribunal', label: t('hearing.tribunal'), kind: 'text', required: true },
          { name: 'docketNumber', label: t('hearing.docket'), kind: 'text', required: true },
          { name: 'scheduledAt', label: t('hearing.scheduledAt'), kind: 'datetime', required: true },
          { name: 'place', label: t('hearing.place'), kind: 'text', required: true },
          { name: 'hearingOfficer', label: t('hearing.officer'), kind: 'text' },
          { name: 'citationId', label: t('hearing.citation'), kind: 'select', options: citationOptions },
        ]}
        initial={{ tribunal: '', docketNumber: '', scheduledAt: '', place: '', hearingOfficer: '', citationId: '' }}
        schema={addHearingInput}
        toInput={(v) => ({ caseId, ...v, citationId: v.citationId ? Number(v.citationId) : null })}
        submit={(input) => api.addHearing(input)}
        doneMessage={t('hearing.added')}
        onClose={close}
        onDone={done}
      />
      {dialog?.kind === 'continue' && (
        <EnforcementFormDialog
          open
          title={t('hearing.continueTitle', { docket: dialog.hearing.docketNumber })}
          submitLabel={t('hearing.continue')}
          fields={[
            { name: 'newAt', label: t('hearing.newAt'), kind: 'datetime', required: true },
            { name: 'reason', label: t('hearing.reason'), kind: 'multiline', required: true },
          ]}
          initial={{ newAt: '', reason: '' }}
          schema={continueHearingInput}
          toInput={(v) => ({ hearingId: dialog.hearing.id, ...v })}
          submit={(input) => api.continueHearing(input)}
          doneMessage={t('hearing.continued')}
          onClose={close}
          onDone={done}
        />
      )}
      {dialog?.kind === 'outcome' && (
        <EnforcementFormDialog
          open
          title={t('hearing.outcomeTitle', { docket: dialog.hearing.docketNumber })}
          submitLabel={t('hearing.recordOutcome')}
          fields={[
            { name: 'outcome', label: t('hearing.outcome'), kind: 'select', required: true, options: HEARING_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) })) },
            { name: 'finesOrdered', label: t('hearing.fines'), kind: 'money' },
            { name: 'orderDate', label: t('hearing.orderDate'), kind: 'date', required: true, helper: t('hearing.appealHint') },
            { name: 'notes', label: t('hearing.notes'), kind: 'multiline' },
          ]}
          initial={{ outcome: 'liable', finesOrdered: '0', orderDate: dialog.hearing.scheduledAt.slice(0, 10), notes: '' }}
          schema={recordHearingOutcomeInput}
          toInput={(v) => ({ hearingId: dialog.hearing.id, ...v })}
          submit={(input) => api.recordHearingOutcome(input)}
          doneMessage={t('hearing.outcomeRecorded')}
          onClose={close}
          onDone={done}
        />
      )}
    </Box>
  );
}
