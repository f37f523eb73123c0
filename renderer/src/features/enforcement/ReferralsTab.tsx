/** "Referrals": referrals logged on the case, and the partner directory they are made to (editable). */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { addPartnerInput, addReferralInput, setReferralOutcomeInput, updatePartnerInput } from '../../../../shared/enforcementSchemas';
import { PARTNER_KINDS, type Partner, type Referral } from '../../../../shared/enforcementTypes';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { localIsoDate } from '../../lib/dates';
import { useApiQuery } from '../../lib/useApiQuery';
import type { CaseTabProps } from '../cases/caseTabs';
import { EnforcementFormDialog, type FieldSpec } from './EnforcementFormDialog';
import { ListSection, SectionTable, type Column } from './EnforcementSection';
import { ErrorAlert } from '../../ui/ErrorAlert';

type Dialog = { kind: 'referral' } | { kind: 'outcome'; referral: Referral } | { kind: 'partner'; partner: Partner | null } | null;

const kindLabel = (k: string) => t(`partner.kind.${k}` as MessageKey);
const partnerFields: FieldSpec[] = [
  { name: 'name', label: t('partner.name'), kind: 'text', required: true },
  { name: 'kind', label: t('partner.kind'), kind: 'select', required: true, options: PARTNER_KINDS.map((k) => ({ value: k, label: kindLabel(k) })) },
  { name: 'contact', label: t('partner.contact'), kind: 'text' },
  { name: 'whenToRefer', label: t('partner.whenToRefer'), kind: 'multiline' },
];
const referralColumns: Column[] = [{ label: t('referral.date') }, { label: t('referral.partner') }, { label: t('referral.reason') }, { label: t('referral.outcome') }];
const partnerColumns: Column[] = [
  { label: t('partner.name') },
  { label: t('partner.kind') },
  { label: t('partner.contact') },
  { label: t('partner.whenToRefer') },
  { label: t('partner.actions'), actions: true },
];

export function ReferralsTab({ detail }: CaseTabProps) {
  const caseId = detail.id;
  const referrals = useApiQuery(`referrals:${caseId}`, () => api.listReferrals({ caseId }));
  const partners = useApiQuery('partners', () => api.listPartners({}));
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const done = () => {
    setDialog(null);
    referrals.reload();
    partners.reload();
  };
  const error = referrals.error ?? partners.error;
  const partnerList = partners.data ?? [];

  return (
    <Box>
      {error && <ErrorAlert error={error} sx={{ mb: 2 }} />}
      <ListSection
        id="referrals-heading"
        title={t('referral.title')}
        addLabel={t('referral.add')}
        onAdd={() => setDialog({ kind: 'referral' })}
        addDisabled={partnerList.length === 0}
        items={referrals.data}
        emptyText={t('referral.none')}
      >
        {(items) => (
          <SectionTable label={t('referral.title')} columns={referralColumns}>
            {items.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.referredOn}</TableCell>
                <TableCell>{r.partnerName}</TableCell>
                <TableCell>{r.reason}</TableCell>
                <TableCell>
                  {r.outcome || (
                    <Button size="small" onClick={() => setDialog({ kind: 'outcome', referral: r })}>
                      {t('referral.recordOutcome')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </SectionTable>
        )}
      </ListSection>

      <ListSection
        id="partners-heading"
        title={t('partner.title')}
        addLabel={t('partner.add')}
        onAdd={() => setDialog({ kind: 'partner', partner: null })}
        items={partners.data}
      >
        {(items) => (
          <SectionTable label={t('partner.title')} columns={partnerColumns}>
            {items.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.name}</TableCell>
                <TableCell>{kindLabel(p.kind)}</TableCell>
                <TableCell>{p.contact}</TableCell>
                <TableCell>{p.whenToRefer}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setDialog({ kind: 'partner', partner: p })} aria-label={t('partner.editLabel', { name: p.name })}>
                    {t('partner.edit')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </SectionTable>
        )}
      </ListSection>

      <EnforcementFormDialog
        open={dialog?.kind === 'referral'}
        title={t('referral.addTitle')}
        submitLabel={t('referral.add')}
        fields={[
          { name: 'partnerId', label: t('referral.partner'), kind: 'select', required: true, options: partnerList.map((p) => ({ value: String(p.id), label: p.name })) },
          { name: 'referredOn', label: t('referral.date'), kind: 'date', required: true },
          { name: 'reason', label: t('referral.reason'), kind: 'multiline', required: true },
          { name: 'outcome', label: t('referral.outcome'), kind: 'text' },
        ]}
        initial={{ partnerId: partnerList[0] ? String(partnerList[0].id) : '', referredOn: localIsoDate(new Date()), reason: '', outcome: '' }}
        schema={addReferralInput}
        toInput={(v) => ({ caseId, ...v, partnerId: Number(v.partnerId) })}
        submit={(input) => api.addReferral(input)}
        doneMessage={t('referral.added')}
        onClose={close}
        onDone={done}
      />
      {dialog?.kind === 'outcome' && (
        <EnforcementFormDialog
          open
          title={t('referral.outcomeTitle', { partner: dialog.referral.partnerName })}
          submitLabel={t('referral.recordOutcome')}
          fields={[{ name: 'outcome', label: t('referral.outcome'), kind: 'text', required: true }]}
          initial={{ outcome: '' }}
          schema={setReferralOutcomeInput}
          toInput={(v) => ({ referralId: dialog.referral.id, outcome: v.outcome })}
          submit={(input) => api.setReferralOutcome(input)}
          doneMessage={t('referral.outcomeRecorded')}
          onClose={close}
          onDone={done}
        />
      )}
      {dialog?.kind === 'partner' &&
        (dialog.partner ? (
          <EnforcementFormDialog
            open
            title={t('partner.editTitle', { name: dialog.partner.name })}
            submitLabel={t('partner.save')}
            fields={partnerFields}
            initial={{ name: dialog.partner.name, kind: dialog.partner.kind, contact: dialog.partner.contact, whenToRefer: dialog.partner.whenToRefer }}
            schema={updatePartnerInput}
            toInput={(v) => ({ partnerId: (dialog.partner as Partner).id, ...v })}
            submit={(input) => api.updatePartner(input)}
            doneMessage={t('partner.saved')}
            onClose={close}
            onDone={done}
          />
        ) : (
          <EnforcementFormDialog
            open
            title={t('partner.addTitle')}
            submitLabel={t('partner.add')}
            fields={partnerFields}
            initial={{ name: '', kind: 'home_repair', contact: '', whenToRefer: '' }}
            schema={addPartnerInput}
            toInput={(v) => v}
            submit={(input) => api.addPartner(input)}
            doneMessage={t('partner.added')}
            onClose={close}
            onDone={done}
          />
        ))}
    </Box>
  );
}
