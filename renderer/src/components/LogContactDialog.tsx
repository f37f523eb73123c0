import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import { CONTACT_METHODS, type CaseParty } from '../../../shared/partiesTypes';
import { logContactInput } from '../../../shared/partiesSchemas';
import { api } from '../api';
import { t, type MessageKey } from '../i18n/t';
import { localIsoDate } from '../lib/dates';
import { validateForm, type FieldErrors } from '../lib/formErrors';
import { useNotify } from '../lib/notify';
import { ErrorAlert } from './ErrorAlert';

interface LogContactDialogProps {
  readonly caseId: number;
  readonly parties: readonly CaseParty[];
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onLogged: () => void;
}

const LABELS: Readonly<Record<string, string>> = {
  partyId: t('contacts.party'),
  contactedAt: t('contacts.contactedAt'),
  contactedBy: t('contacts.contactedBy'),
  summary: t('contacts.summary'),
};

function nowLocal(): string {
  const d = new Date();
  return `${localIsoDate(d)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function LogContactDialog({ open, ...rest }: LogContactDialogProps) {
  return (
    <Dialog open={open} onClose={rest.onClose} maxWidth="sm" fullWidth aria-labelledby="log-contact-title">
      <LogContactForm {...rest} />
    </Dialog>
  );
}

function LogContactForm({ caseId, parties, onClose, onLogged }: Omit<LogContactDialogProps, 'open'>) {
  const notify = useNotify();
  const [partyId, setPartyId] = useState<string>(parties[0] ? String(parties[0].partyId) : '');
  const [contactedAt, setContactedAt] = useState(nowLocal);
  const [method, setMethod] = useState<string>('phone');
  const [contactedBy, setContactedBy] = useState('');
  const [summary, setSummary] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);

  const validation = validateForm(
    logContactInput,
    { caseId, partyId: Number(partyId), contactedAt, method, contactedBy: contactedBy.trim() === '' ? undefined : contactedBy, summary },
    LABELS,
  );
  const errors: FieldErrors = showErrors && !validation.ok ? validation.errors : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    if (!validation.ok) {
      setShowErrors(true);
      return;
    }
    setSubmitting(true);
    setServerError(null);
    const result = await api.logContact(validation.value);
    setSubmitting(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(t('contacts.logged'));
    onLogged();
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="log-contact-title">{t('contacts.dialogTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          <TextField select name="partyId" label={t('contacts.party')} value={partyId} onChange={(e) => setPartyId(e.target.value)} fullWidth required autoFocus>
            {parties.map((p) => (
              <MenuItem key={p.partyId} value={String(p.partyId)}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="contactedAt"
            type="datetime-local"
            label={t('contacts.contactedAt')}
            value={contactedAt}
            onChange={(e) => setContactedAt(e.target.value)}
            error={Boolean(errors.contactedAt)}
            helperText={errors.contactedAt}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth
            required
          />
          <TextField select name="method" label={t('contacts.method')} value={method} onChange={(e) => setMethod(e.target.value)} fullWidth required>
            {CONTACT_METHODS.map((m) => (
              <MenuItem key={m} value={m}>
                {t(`contact.${m}` as MessageKey)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="contactedBy"
            label={t('contacts.contactedBy')}
            value={contactedBy}
            onChange={(e) => setContactedBy(e.target.value)}
            error={Boolean(errors.contactedBy)}
            helperText={errors.contactedBy}
            fullWidth
          />
          <TextField
            name="summary"
            label={t('contacts.summary')}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            error={Boolean(errors.summary)}
            helperText={errors.summary}
            fullWidth
            required
            multiline
            minRows={2}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" loading={submitting}>
          {t('contacts.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
