import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { CONTACT_METHODS, type CaseParty } from '../../../../shared/partiesTypes';
import { logContactInput } from '../../../../shared/partiesSchemas';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { localIsoDate } from '../../lib/dates';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, withFormDialog } from '../../ui/FormDialog';

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


function LogContactForm({ caseId, parties, onClose, onLogged }: Omit<LogContactDialogProps, 'open'>) {
  const notify = useNotify();
  const { values, bind } = useFieldValues(() => ({
    partyId: parties[0] ? String(parties[0].partyId) : '',
    contactedAt: nowLocal(),
    method: 'phone',
    contactedBy: '',
    summary: '',
  }));
  const { partyId, contactedBy } = values;
  const validation = validateForm(
    logContactInput,
    { ...values, caseId, partyId: Number(partyId), contactedBy: contactedBy.trim() === '' ? undefined : contactedBy },
    LABELS,
  );
  const form = useFormSubmit({
    validation,
    send: (input) => api.logContact(input),
    onSuccess: () => {
      notify(t('contacts.logged'));
      onLogged();
    },
  });
  const field = bind(form.errors);

  return (
    <DialogForm form={form} title={t('contacts.dialogTitle')} submitLabel={t('contacts.submit')} onCancel={onClose}>
      <TextField {...field('partyId')} select label={t('contacts.party')} required autoFocus>
        {parties.map((p) => (
          <MenuItem key={p.partyId} value={String(p.partyId)}>
            {p.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...field('contactedAt')} type="datetime-local" label={t('contacts.contactedAt')} slotProps={{ inputLabel: { shrink: true } }} required />
      <TextField {...field('method')} select label={t('contacts.method')} required>
        {CONTACT_METHODS.map((m) => (
          <MenuItem key={m} value={m}>
            {t(`contact.${m}` as MessageKey)}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...field('contactedBy')} label={t('contacts.contactedBy')} />
      <TextField {...field('summary')} label={t('contacts.summary')} required multiline minRows={2} />
    </DialogForm>
  );
}

/** Unmounted by the Dialog after it closes: each opening starts from a clean form. */
export const LogContactDialog = withFormDialog(LogContactForm);
