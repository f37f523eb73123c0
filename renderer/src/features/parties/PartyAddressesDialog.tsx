import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CaseParty } from '../../../../shared/partiesTypes';
import { addPartyAddressInput } from '../../../../shared/partiesSchemas';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { formatInstant } from '../../lib/dates';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, FormDialog, useHeldWhileClosing } from '../../ui/FormDialog';

interface PartyAddressesDialogProps {
  /** The party whose addresses are shown; the dialog is closed when null. */
  readonly party: CaseParty | null;
  readonly onClose: () => void;
  readonly onAdded: () => void;
}

const LABELS: Readonly<Record<string, string>> = { address: t('parties.newAddress'), note: t('parties.addressNote') };

/** A party's mailing-address history (current one marked) and a form adding a new current address. */
export function PartyAddressesDialog({ party, onClose, onAdded }: PartyAddressesDialogProps) {
  const shown = useHeldWhileClosing(party);
  return (
    <FormDialog open={party !== null} onClose={onClose}>
      {shown && <PartyAddressesForm key={shown.partyId} party={shown} onClose={onClose} onAdded={onAdded} />}
    </FormDialog>
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
  const { values, setValues, bind } = useFieldValues({ address: '', note: '' });
  const { address, note } = values;
  const validation = validateForm(addPartyAddressInput, { partyId: party.partyId, address, current: true, note: note.trim() === '' ? null : note }, LABELS);
  const form = useFormSubmit({
    validation,
    send: (input) => api.addPartyAddress(input),
    onSuccess: () => {
      notify(t('parties.addressSaved', { name: party.name }));
      setValues({ address: '', note: '' });
      onAdded();
    },
  });
  const field = bind(form.errors);

  return (
    <DialogForm
      form={form}
      title={t('parties.addressesTitle', { name: party.name })}
      submitLabel={t('parties.addAddress')}
      cancelLabel={t('app.close')}
      onCancel={onClose}
      intro={<AddressHistory party={party} />}
    >
      <TextField {...field('address', 'address', t('parties.newAddressHint'))} label={t('parties.newAddress')} multiline minRows={2} required autoFocus />
      <TextField {...field('note')} label={t('parties.addressNote')} />
    </DialogForm>
  );
}
