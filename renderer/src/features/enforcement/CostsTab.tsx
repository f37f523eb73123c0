/** "Costs & liens": the case ledger with its running balance, reversals, and liens with their releases. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { addLedgerEntryInput, recordLienInput, releaseLienInput, reverseLedgerEntryInput } from '../../../../shared/enforcementSchemas';
import { LIEN_TYPES, NEW_LEDGER_KINDS, type LedgerEntry, type Lien, type RecordingReference } from '../../../../shared/enforcementTypes';
import { formatCents } from '../../../../shared/money';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { localIsoDate } from '../../lib/dates';
import { useApiQuery } from '../../lib/useApiQuery';
import { AttachmentViewerDialog, type AttachmentRequest } from './AttachmentViewerDialog';
import type { CaseTabProps } from '../cases/caseTabs';
import { EnforcementFormDialog, type FieldSpec } from './EnforcementFormDialog';
import { ListSection, SectionTable, type Column } from './EnforcementSection';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { DemandForPaymentAction } from '../documents/DemandForPaymentAction';

type Dialog = { kind: 'entry' } | { kind: 'reverse'; entry: LedgerEntry } | { kind: 'lien' } | { kind: 'release'; lien: Lien } | null;

const kindLabel = (k: string) => t(`ledger.kind.${k}` as MessageKey);
const reference = (r: RecordingReference) =>
  r.instrumentNumber ? t('lien.instrumentRef', { number: r.instrumentNumber }) : t('lien.bookPageRef', { book: r.book ?? '', page: r.page ?? '' });

const recordingFields: FieldSpec[] = [
  { name: 'instrumentNumber', label: t('lien.instrument'), kind: 'text', helper: t('lien.instrumentHint') },
  { name: 'book', label: t('lien.book'), kind: 'text' },
  { name: 'page', label: t('lien.page'), kind: 'text' },
];
const optional = (s: string | undefined) => (s ? s : undefined);
const ledgerColumns: Column[] = [
  { label: t('ledger.date') },
  { label: t('ledger.kind') },
  { label: t('ledger.description') },
  { label: t('ledger.amount'), align: 'right' },
  { label: t('ledger.balance'), align: 'right' },
  { label: t('ledger.actions'), actions: true },
];

export function CostsTab({ detail, reload, onNavigate }: CaseTabProps) {
  const caseId = detail.id;
  const ledger = useApiQuery(`ledger:${caseId}`, () => api.getLedger({ caseId }));
  const liens = useApiQuery(`liens:${caseId}`, () => api.listLiens({ caseId }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [viewing, setViewing] = useState<AttachmentRequest | null>(null);
  const close = () => setDialog(null);
  const done = () => {
    setDialog(null);
    ledger.reload();
    liens.reload();
  };
  const today = localIsoDate(new Date());
  const error = ledger.error ?? liens.error;

  return (
    <Box>
      {error && <ErrorAlert error={error} sx={{ mb: 2 }} />}
      <ListSection
        id="ledger-heading"
        title={t('ledger.title')}
        addLabel={t('ledger.add')}
        onAdd={() => setDialog({ kind: 'entry' })}
        items={ledger.data?.entries}
        emptyText={t('ledger.none')}
        footer={
          ledger.data && (
            <>
              <Typography role="status" sx={{ mt: 2, fontWeight: 600 }}>
                {t('ledger.balanceLine', {
                  charges: formatCents(ledger.data.chargesCents),
                  payments: formatCents(ledger.data.paymentsCents),
                  balance: formatCents(ledger.data.balanceCents),
                })}
              </Typography>
              <DemandForPaymentAction
                caseId={caseId}
                ledgerVersion={`${ledger.data.entries.length}:${ledger.data.balanceCents}`}
                caseVersion={detail}
                documents={detail.documents}
                onIssued={reload}
                onOpenPrepare={(step) => onNavigate('prepare', { step })}
              />
            </>
          )
        }
      >
        {(entries) => (
          <SectionTable label={t('ledger.title')} columns={ledgerColumns}>
            {entries.map((e) => (
              <TableRow key={e.id} sx={e.reversedByEntryId ? { '& td': { color: 'text.secondary', textDecoration: 'line-through' } } : undefined}>
                <TableCell>{e.entryDate}</TableCell>
                <TableCell>{kindLabel(e.kind)}</TableCell>
                <TableCell>
                  {e.description}
                  {e.contractor ? ` (${e.contractor})` : ''}
                </TableCell>
                <TableCell align="right">{formatCents(e.deltaCents)}</TableCell>
                <TableCell align="right">{formatCents(e.balanceCents)}</TableCell>
                <TableCell>
                  {e.invoiceSha256 && (
                    <Button
                      size="small"
                      aria-label={t('ledger.viewInvoiceLabel', { id: e.id })}
                      onClick={() => setViewing({ title: t('ledger.invoiceTitle', { id: e.id, description: e.description }), load: () => api.getLedgerInvoice({ entryId: e.id }) })}
                    >
                      {t('ledger.viewInvoice')}
                    </Button>
                  )}
                  {e.kind !== 'reversal' && !e.reversedByEntryId && (
                    <Button size="small" onClick={() => setDialog({ kind: 'reverse', entry: e })} aria-label={t('ledger.reverseLabel', { id: e.id })}>
                      {t('ledger.reverse')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </SectionTable>
        )}
      </ListSection>

      <ListSection
        id="liens-heading"
        title={t('lien.title')}
        addLabel={t('lien.record')}
        onAdd={() => setDialog({ kind: 'lien' })}
        items={liens.data}
        emptyText={t('lien.none')}
      >
        {(items) => (
          <Stack spacing={1}>
            {items.map((l) => (
              <Box key={l.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <Typography sx={{ flexGrow: 1 }}>
                  {t('lien.line', { type: t(`lien.type.${l.lienType}` as MessageKey), amount: formatCents(l.amountCents), recordedOn: l.recordedOn, ref: reference(l) })}
                  {l.release && ` — ${t('lien.releasedLine', { releasedOn: l.release.releasedOn, ref: reference(l.release) })}`}
                </Typography>
                {!l.release && (
                  <Button size="small" onClick={() => setDialog({ kind: 'release', lien: l })}>
                    {t('lien.release')}
                  </Button>
                )}
              </Box>
            ))}
          </Stack>
        )}
      </ListSection>

      <EnforcementFormDialog
        open={dialog?.kind === 'entry'}
        title={t('ledger.addTitle')}
        submitLabel={t('ledger.add')}
        fields={[
          { name: 'kind', label: t('ledger.kind'), kind: 'select', required: true, options: NEW_LEDGER_KINDS.map((k) => ({ value: k, label: kindLabel(k) })) },
          { name: 'amount', label: t('ledger.amount'), kind: 'money', required: true, helper: t('ledger.amountHint') },
          { name: 'entryDate', label: t('ledger.date'), kind: 'date', required: true },
          { name: 'description', label: t('ledger.description'), kind: 'text', required: true },
          { name: 'contractor', label: t('ledger.contractor'), kind: 'text', required: true, visible: (v) => v.kind === 'abatement' },
          { name: 'invoice', label: t('ledger.invoice'), kind: 'files', visible: (v) => v.kind === 'abatement', helper: t('ledger.invoiceHint') },
        ]}
        initial={{ kind: 'abatement', amount: '', entryDate: today, description: '', contractor: '' }}
        schema={addLedgerEntryInput}
        toInput={(v, files) => ({
          caseId,
          kind: v.kind,
          amount: v.amount,
          entryDate: v.entryDate,
          description: v.description,
          contractor: v.kind === 'abatement' ? v.contractor : undefined,
          invoice: v.kind === 'abatement' ? files.invoice?.[0] : undefined,
        })}
        submit={(input) => api.addLedgerEntry(input)}
        doneMessage={t('ledger.added')}
        onClose={close}
        onDone={done}
      />
      <AttachmentViewerDialog request={viewing} onClose={() => setViewing(null)} />
      {dialog?.kind === 'reverse' && (
        <EnforcementFormDialog
          open
          title={t('ledger.reverseTitle', { amount: formatCents(dialog.entry.deltaCents), description: dialog.entry.description })}
          submitLabel={t('ledger.reverse')}
          fields={[
            { name: 'reason', label: t('ledger.reason'), kind: 'multiline', required: true },
            { name: 'entryDate', label: t('ledger.date'), kind: 'date', required: true },
          ]}
          initial={{ reason: '', entryDate: today }}
          schema={reverseLedgerEntryInput}
          toInput={(v) => ({ entryId: dialog.entry.id, ...v })}
          submit={(input) => api.reverseLedgerEntry(input)}
          doneMessage={t('ledger.reversed')}
          onClose={close}
          onDone={done}
        />
      )}
      <EnforcementFormDialog
        open={dialog?.kind === 'lien'}
        title={t('lien.recordTitle')}
        submitLabel={t('lien.record')}
        fields={[
          { name: 'lienType', label: t('lien.typeLabel'), kind: 'select', required: true, options: LIEN_TYPES.map((x) => ({ value: x, label: t(`lien.type.${x}` as MessageKey) })) },
          { name: 'amount', label: t('lien.amount'), kind: 'money', required: true },
          { name: 'recordedOn', label: t('lien.recordedOn'), kind: 'date', required: true },
          ...recordingFields,
        ]}
        initial={{ lienType: 'abatement', amount: '', recordedOn: today, instrumentNumber: '', book: '', page: '' }}
        schema={recordLienInput}
        toInput={(v) => ({ caseId, lienType: v.lienType, amount: v.amount, recordedOn: v.recordedOn, instrumentNumber: optional(v.instrumentNumber), book: optional(v.book), page: optional(v.page) })}
        submit={(input) => api.recordLien(input)}
        doneMessage={t('lien.recorded')}
        onClose={close}
        onDone={done}
      />
      {dialog?.kind === 'release' && (
        <EnforcementFormDialog
          open
          title={t('lien.releaseTitle', { amount: formatCents(dialog.lien.amountCents) })}
          submitLabel={t('lien.release')}
          fields={[{ name: 'releasedOn', label: t('lien.releasedOn'), kind: 'date', required: true }, ...recordingFields]}
          initial={{ releasedOn: today, instrumentNumber: '', book: '', page: '' }}
          schema={releaseLienInput}
          toInput={(v) => ({ lienId: dialog.lien.id, releasedOn: v.releasedOn, instrumentNumber: optional(v.instrumentNumber), book: optional(v.book), page: optional(v.page) })}
          submit={(input) => api.releaseLien(input)}
          doneMessage={t('lien.released')}
          onClose={close}
          onDone={done}
        />
      )}
    </Box>
  );
}
