import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { PARTY_KINDS } from '../../../../shared/domain';
import { PARTY_ROLES, type CaseParty } from '../../../../shared/partiesTypes';
import { addPartyInput } from '../../../../shared/partiesSchemas';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, withFormDialog } from '../../ui/FormDialog';

interface AddPartyDialogProps {
  readonly caseId: number;
  readonly parties: readonly CaseParty[];
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onAdded: () => void;
}

const LABELS: Readonly<Record<string, string>> = {
  'party.name': t('parties.name'),
  'party.mailingAddress': t('parties.mailingAddress'),
  'party.preferredLanguage': t('parties.language'),
  partyId: t('parties.existing'),
};


function AddPartyForm({ caseId, parties, onClose, onAdded }: Omit<AddPartyDialogProps, 'open'>) {
  const notify = useNotify();
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const { values, bind } = useFieldValues({ role: 'tenant', partyId: '', name: '', kind: 'individual', mailingAddress: '', preferredLanguage: '' });
  const { role, partyId, name, kind, mailingAddress, preferredLanguage } = values;
  const raw =
    mode === 'existing'
      ? { caseId, role, partyId: partyId === '' ? undefined : Number(partyId) }
      : {
          caseId,
          role,
          party: {
            name,
            kind,
            mailingAddress: mailingAddress.trim() === '' ? null : mailingAddress,
            preferredLanguage: preferredLanguage.trim() === '' ? null : preferredLanguage,
          },
        };
  const validation = validateForm(addPartyInput, raw, LABELS);
  // The schema accepts a link without a party id only as a new party; here the choice says otherwise.
  const existingMissing = mode === 'existing' && partyId === '';
  const form = useFormSubmit({
    validation: existingMissing ? { ok: false, errors: {} } : validation,
    send: (input) => api.addParty(input),
    onSuccess: (party, input) => {
      notify(t('parties.added', { name: party.name, role: t(`role.${input.role}` as MessageKey) }));
      onAdded();
    },
  });
  const field = bind(form.errors);
  const showExistingMissing = form.showErrors && existingMissing;

  return (
    <DialogForm form={form} title={t('parties.dialogTitle')} submitLabel={t('parties.submit')} onCancel={onClose}>
      <TextField {...field('role')} select label={t('parties.role')} required autoFocus>
        {PARTY_ROLES.map((r) => (
          <MenuItem key={r} value={r}>
            {t(`role.${r}` as MessageKey)}
          </MenuItem>
        ))}
      </TextField>
      <RadioGroup row value={mode} onChange={(e) => setMode(e.target.value as 'new' | 'existing')} aria-label={t('parties.dialogTitle')}>
        <FormControlLabel value="new" control={<Radio />} label={t('parties.newParty')} />
        <FormControlLabel value="existing" control={<Radio />} label={t('parties.existing')} disabled={parties.length === 0} />
      </RadioGroup>
      {mode === 'existing' ? (
        <TextField
          {...field('partyId')}
          select
          label={t('parties.existing')}
          error={showExistingMissing}
          helperText={showExistingMissing ? `${t('parties.existing')} is required` : undefined}
          required
        >
          {parties.map((p) => (
            <MenuItem key={p.partyId} value={String(p.partyId)}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <>
          <TextField {...field('name', 'party.name')} label={t('parties.name')} required />
          <TextField {...field('kind')} select label={t('parties.kind')} required>
            {PARTY_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {t(`partyKind.${k}` as MessageKey)}
              </MenuItem>
            ))}
          </TextField>
          <TextField {...field('mailingAddress', 'party.mailingAddress')} label={t('parties.mailingAddress')} multiline />
          <TextField {...field('preferredLanguage', 'party.preferredLanguage', t('parties.languageHint'))} label={t('parties.language')} />
        </>
      )}
    </DialogForm>
  );
}

/** Unmounted by the Dialog after it closes: each opening starts from a clean form. */
export const AddPartyDialog = withFormDialog(AddPartyForm);
