import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import type { CaseParty } from '../../../shared/partiesTypes';
import { addPartyAddressInput } from '../../../shared/partiesSchemas';
import { api } from '../api';
import { t } from '../i18n/t';
import { formatInstant } from '../lib/dates';
import { validateForm, type FieldErrors } from '../lib/formErrors';
import { useNotify } from '../lib/notify';
import { ErrorAlert } from './ErrorAlert';

interface PartyAddressesDialogProps {
  /** The party whose addresses are shown; the dialog is closed when null. */
  readonly party: CaseParty | null;
  readonly onClose: () => void;
  readonly onAdded: () => void;
}

const LABELS: Readonly<Record<string, string>> = { address: t('parties.newAddress'), note: t('parties.addressNote') };

/** A party's mailing-address history (current one marked) and a form adding a new current address. */
export function PartyAddressesDialog({ party, onClose, onAdded }: PartyAddressesDialogProps) {
  return (
    <Dialog open={party !== null} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="party-addresses-title">
      {party && <PartyAddressesForm key={party.partyId} party={party} onClose={onClose} onAdded={onAdded} />}
    </Dialog>
  );
}

function AddressHistory({ party }: { readonly party: CaseParty }) {
  // A party created with its case has only its mailing address until a second one is added.
  const rows = party.addresses.length
    ? party.addresses
    : party.currentAddress
      ? [{ id: 0, address: party.currentAddress, isCurrent: true, note: null, addedAt: '', addedBy: '' }]
      : [];
  if (rows.length === 0) return <Typography color="text.secondary">{t('parties.addressesNone')}</Typography>;
  return (
    <List dense aria-label={t('parties.addressesHistory')} disablePadding>
      {rows.map((a) => (
        <ListItem key={a.id} divider sx={{ alignItems: 'flex-start', gap: 1 }}>
          <ListItemText
            primary={a.address}
            secondary={[a.note, a.addedAt ? t('parties.addressAdded', { at: formatInstant(a.addedAt), by: a.addedBy }) : null].filter(Boolean).join(' — ')}
            slotProps={{ primary: { sx: { whiteSpace: 'pre-line' } } }}
          />
          {a.isCurrent && <Chip size="small" color="primary" label={t('parties.addressCurrent')} />}
        </ListItem>
      ))}
    </List>
  );
}

function PartyAddressesForm({ party, onClose, onAdded }: { readonly party: CaseParty; readonly onClose: () => void; readonly onAdded: () => void }) {
  const notify = useNotify();
  const [address, setAddress] = useState('');
  const [note, setNote] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  const validation = validateForm(addPartyAddressInput, { partyId: party.partyId, address, current: true, note: note.trim() === '' ? null : note }, LABELS);
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
    const result = await api.addPartyAddress(validation.value);
    setSubmitting(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(t('parties.addressSaved', { name: party.name }));
    setAddress('');
    setNote('');
    setShowErrors(false);
    onAdded();
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="party-addresses-title">{t('parties.addressesTitle', { name: party.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <AddressHistory party={party} />
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          <TextField
            name="address"
            label={t('parties.newAddress')}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            error={Boolean(errors.address)}
            helperText={errors.address ?? t('parties.newAddressHint')}
            multiline
            minRows={2}
            fullWidth
            required
            autoFocus
          />
          <TextField
            name="note"
            label={t('parties.addressNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={Boolean(errors.note)}
            helperText={errors.note}
            fullWidth
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.close')}</Button>
        <Button type="submit" variant="contained" loading={submitting}>
          {t('parties.addAddress')}
        </Button>
      </DialogActions>
    </form>
  );
}
