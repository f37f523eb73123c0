import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { PARTY_KINDS } from '../../../shared/domain';
import type { AppErrorShape } from '../../../shared/errors';
import { PARTY_ROLES, type CaseParty } from '../../../shared/partiesTypes';
import { addPartyInput } from '../../../shared/partiesSchemas';
import { api } from '../api';
import { t, type MessageKey } from '../i18n/t';
import { validateForm, type FieldErrors } from '../lib/formErrors';
import { useNotify } from '../lib/notify';
import { ErrorAlert } from './ErrorAlert';

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

export function AddPartyDialog({ open, ...rest }: AddPartyDialogProps) {
  return (
    <Dialog open={open} onClose={rest.onClose} maxWidth="sm" fullWidth aria-labelledby="add-party-title">
      <AddPartyForm {...rest} />
    </Dialog>
  );
}

function AddPartyForm({ caseId, parties, onClose, onAdded }: Omit<AddPartyDialogProps, 'open'>) {
  const notify = useNotify();
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [role, setRole] = useState<string>('tenant');
  const [existing, setExisting] = useState<string>('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('individual');
  const [address, setAddress] = useState('');
  const [language, setLanguage] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);

  const raw =
    mode === 'existing'
      ? { caseId, role, partyId: existing === '' ? undefined : Number(existing) }
      : {
          caseId,
          role,
          party: { name, kind, mailingAddress: address.trim() === '' ? null : address, preferredLanguage: language.trim() === '' ? null : language },
        };
  const validation = validateForm(addPartyInput, raw, LABELS);
  const errors: FieldErrors = showErrors && !validation.ok ? validation.errors : {};
  const existingMissing = showErrors && mode === 'existing' && existing === '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    if (!validation.ok || (mode === 'existing' && existing === '')) {
      setShowErrors(true);
      return;
    }
    setSubmitting(true);
    setServerError(null);
    const result = await api.addParty(validation.value);
    setSubmitting(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(t('parties.added', { name: result.value.name, role: t(`role.${validation.value.role}` as MessageKey) }));
    onAdded();
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="add-party-title">{t('parties.dialogTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          <TextField select name="role" label={t('parties.role')} value={role} onChange={(e) => setRole(e.target.value)} fullWidth required autoFocus>
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
              select
              name="partyId"
              label={t('parties.existing')}
              value={existing}
              onChange={(e) => setExisting(e.target.value)}
              error={existingMissing}
              helperText={existingMissing ? `${t('parties.existing')} is required` : undefined}
              fullWidth
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
              <TextField
                name="name"
                label={t('parties.name')}
                value={name}
                onChange={(e) => setName(e.target.value)}
                error={Boolean(errors['party.name'])}
                helperText={errors['party.name']}
                fullWidth
                required
              />
              <TextField select name="kind" label={t('parties.kind')} value={kind} onChange={(e) => setKind(e.target.value)} fullWidth required>
                {PARTY_KINDS.map((k) => (
                  <MenuItem key={k} value={k}>
                    {t(`partyKind.${k}` as MessageKey)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                name="mailingAddress"
                label={t('parties.mailingAddress')}
                value={address}
                onChange={(e) => setAddress(e.target.value)}
                error={Boolean(errors['party.mailingAddress'])}
                helperText={errors['party.mailingAddress']}
                fullWidth
                multiline
              />
              <TextField
                name="preferredLanguage"
                label={t('parties.language')}
                value={language}
                onChange={(e) => setLanguage(e.target.value)}
                error={Boolean(errors['party.preferredLanguage'])}
                helperText={errors['party.preferredLanguage'] ?? t('parties.languageHint')}
                fullWidth
              />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" loading={submitting}>
          {t('parties.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
