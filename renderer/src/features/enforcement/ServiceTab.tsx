/** "Service": who must receive each issued notice, every attempt to serve them, and proof of service. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import { useState } from 'react';
import { addServiceAttemptInput } from '../../../../shared/enforcementSchemas';
import { SERVICE_METHODS, SERVICE_OUTCOMES, type ServiceRecipient } from '../../../../shared/enforcementTypes';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { localIsoDate } from '../../lib/dates';
import { useApiQuery } from '../../lib/useApiQuery';
import { AttachmentViewerDialog, type AttachmentRequest } from './AttachmentViewerDialog';
import type { CaseTabProps } from '../cases/caseTabs';
import { EnforcementFormDialog, type FieldSpec } from './EnforcementFormDialog';
import { ListSection, SectionTable, type Column } from './EnforcementSection';
import { ErrorAlert } from '../../ui/ErrorAlert';

const methodLabel = (m: string) => t(`service.method.${m}` as MessageKey);
const outcomeLabel = (o: string) => t(`service.outcome.${o}` as MessageKey);
const serviceColumns: Column[] = [{ label: t('service.document') }, { label: t('service.recipient') }, { label: t('service.status') }, { label: t('service.attempts') }];

function RecipientStatus({ r }: { readonly r: ServiceRecipient }) {
  if (r.reResearchAddress) return <Chip color="warning" size="small" label={t('service.status.reResearch')} />;
  if (r.served) return <Chip color="success" size="small" label={t('service.status.served')} />;
  return <Chip size="small" label={r.attempts.length ? t('service.status.notServed') : t('service.status.noAttempt')} />;
}

export function ServiceTab({ detail }: CaseTabProps) {
  const caseId = detail.id;
  const recipients = useApiQuery(`service:${caseId}`, () => api.listServiceRecipients({ caseId }));
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<AttachmentRequest | null>(null);
  const list = recipients.data ?? [];
  const parties = [...new Map(list.map((r) => [r.partyId, r.partyName])).entries()];

  const fields: FieldSpec[] = [
    { name: 'documentId', label: t('service.document'), kind: 'select', required: true, options: detail.documents.map((d) => ({ value: String(d.id), label: d.number })) },
    { name: 'partyId', label: t('service.recipient'), kind: 'select', required: true, options: parties.map(([id, name]) => ({ value: String(id), label: name })) },
    { name: 'method', label: t('service.method'), kind: 'select', required: true, options: SERVICE_METHODS.map((m) => ({ value: m, label: methodLabel(m) })) },
    { name: 'trackingNumber', label: t('service.tracking'), kind: 'text', required: true, visible: (v) => v.method === 'certified_mail', helper: t('service.trackingHint') },
    { name: 'attemptedOn', label: t('service.date'), kind: 'date', required: true },
    { name: 'server', label: t('service.server'), kind: 'text', required: true, helper: t('service.serverHint') },
    { name: 'outcome', label: t('service.outcome'), kind: 'select', required: true, options: SERVICE_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) })) },
    { name: 'notes', label: t('service.notes'), kind: 'multiline' },
    { name: 'proofs', label: t('service.proofs'), kind: 'files', helper: t('service.proofsHint') },
  ];

  return (
    <Box>
      {recipients.error && <ErrorAlert error={recipients.error} sx={{ mb: 2 }} />}
      <ListSection
        id="service-heading"
        title={t('service.title')}
        addLabel={t('service.add')}
        onAdd={() => setAdding(true)}
        addDisabled={detail.documents.length === 0}
        items={recipients.data}
        emptyText={t('service.noDocuments')}
        empty={detail.documents.length === 0}
        footer={
          list.some((r) => r.reResearchAddress) && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {t('service.reResearchAlert')}
            </Alert>
          )
        }
      >
        {(items) => (
          <SectionTable label={t('service.title')} columns={serviceColumns}>
            {items.map((r) => (
              <TableRow key={`${r.documentId}:${r.partyId}`}>
                <TableCell>{r.documentNumber}</TableCell>
                <TableCell>
                  {r.partyName}
                  <Typography variant="body2" color="text.secondary">
                    {r.mailingAddress}
                  </Typography>
                </TableCell>
                <TableCell>
                  <RecipientStatus r={r} />
                </TableCell>
                <TableCell>
                  {r.attempts.length === 0 && '—'}
                  {r.attempts.map((a) => (
                    <Box key={a.id}>
                      <Typography variant="body2">
                        {t('service.attemptLine', {
                          date: a.attemptedOn,
                          method: methodLabel(a.method),
                          tracking: a.trackingNumber ? ` ${a.trackingNumber}` : '',
                          server: a.server,
                          outcome: outcomeLabel(a.outcome),
                          proofs: a.proofs.length,
                        })}
                      </Typography>
                      {a.proofs.map((p) => (
                        <Button
                          key={p.sha256}
                          size="small"
                          startIcon={<AttachFile />}
                          aria-label={t('service.viewProof', { name: p.originalName })}
                          onClick={() =>
                            setViewing({ title: t('service.proofTitle', { name: p.originalName }), load: () => api.getServiceProof({ attemptId: a.id, sha256: p.sha256 }) })
                          }
                        >
                          {p.originalName}
                        </Button>
                      ))}
                    </Box>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </SectionTable>
        )}
      </ListSection>

      <AttachmentViewerDialog request={viewing} onClose={() => setViewing(null)} />
      <EnforcementFormDialog
        open={adding}
        title={t('service.addTitle')}
        submitLabel={t('service.submit')}
        fields={fields}
        initial={{
          documentId: detail.documents.at(-1) ? String(detail.documents.at(-1)!.id) : '',
          partyId: parties[0] ? String(parties[0][0]) : '',
          method: 'certified_mail',
          trackingNumber: '',
          attemptedOn: localIsoDate(new Date()),
          server: '',
          outcome: 'delivered',
          notes: '',
        }}
        schema={addServiceAttemptInput}
        toInput={(v, files) => ({
          documentId: Number(v.documentId),
          partyId: Number(v.partyId),
          method: v.method,
          trackingNumber: v.method === 'certified_mail' ? v.trackingNumber : undefined,
          attemptedOn: v.attemptedOn,
          server: v.server,
          outcome: v.outcome,
          notes: v.notes,
          proofs: files.proofs ?? [],
        })}
        submit={(input) => api.addServiceAttempt(input)}
        doneMessage={t('service.added')}
        onClose={() => setAdding(false)}
        onDone={() => {
          setAdding(false);
          recipients.reload();
        }}
      />
    </Box>
  );
}
