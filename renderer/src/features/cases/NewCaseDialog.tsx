import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { PARTY_KINDS, type CaseDetail, type PartyKind } from '../../../../shared/domain';
import { newCaseInput } from '../../../../shared/schemas';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { localIsoDate } from '../../lib/dates';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, FormDialog } from '../../ui/FormDialog';

interface NewCaseDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCreated: (created: CaseDetail) => void;
}

const LAST_INSPECTOR_KEY = 'caseready.lastInspector';

type Fields = {
  address: string;
  parcelId: string;
  ownerName: string;
  ownerKind: PartyKind;
  mailingAddress: string;
  inspector: string;
  openedOn: string;
};

/** Schema paths of newCaseInput → visible labels, used to phrase the schema's messages. */
const LABELS: Readonly<Record<string, string>> = {
  'property.address': t('newCase.address'),
  'property.parcelId': t('newCase.parcelId'),
  'owner.name': t('newCase.ownerName'),
  'owner.kind': t('newCase.ownerKind'),
  'owner.mailingAddress': t('newCase.mailingAddress'),
  inspector: t('newCase.inspector'),
  openedOn: t('newCase.openedOn'),
};

function toInput(fields: Fields) {
  return {
    property: { address: fields.address, parcelId: fields.parcelId },
    owner: { name: fields.ownerName, kind: fields.ownerKind, mailingAddress: fields.mailingAddress },
    inspector: fields.inspector,
    openedOn: fields.openedOn === '' ? undefined : fields.openedOn,
  };
}

export function NewCaseDialog({ open, onClose, onCreated }: NewCaseDialogProps) {
  return (
    <FormDialog open={open} onClose={onClose}>
      <NewCaseForm onClose={onClose} onCreated={onCreated} />
    </FormDialog>
  );
}

function NewCaseForm({ onClose, onCreated }: Omit<NewCaseDialogProps, 'open'>) {
  const notify = useNotify();
  const { values, bind } = useFieldValues<Fields>(() => ({
    address: '',
    parcelId: '',
    ownerName: '',
    ownerKind: 'individual',
    mailingAddress: '',
    inspector: window.localStorage.getItem(LAST_INSPECTOR_KEY) ?? '',
    openedOn: localIsoDate(new Date()),
  }));
  const validation = validateForm(newCaseInput, toInput(values), LABELS);
  const form = useFormSubmit({
    validation,
    send: (input) => api.createCase(input),
    onSuccess: (created, input) => {
      window.localStorage.setItem(LAST_INSPECTOR_KEY, input.inspector);
      notify(t('newCase.created', { caseNumber: created.caseNumber }));
      onCreated(created);
    },
  });
  const field = bind(form.errors);

  return (
    <DialogForm form={form} title={t('newCase.title')} submitLabel={t('newCase.submit')} onCancel={onClose}>
      <TextField {...field('address', 'property.address')} label={t('newCase.address')} autoFocus required />
      <TextField {...field('parcelId', 'property.parcelId')} label={t('newCase.parcelId')} required />
      <TextField {...field('ownerName', 'owner.name')} label={t('newCase.ownerName')} required />
      <TextField {...field('ownerKind', 'owner.kind')} select label={t('newCase.ownerKind')} required>
        {PARTY_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`partyKind.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...field('mailingAddress', 'owner.mailingAddress', t('newCase.mailingHint'))}
        label={t('newCase.mailingAddress')}
        required
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField {...field('inspector')} label={t('newCase.inspector')} required />
        <TextField {...field('openedOn')} type="date" label={t('newCase.openedOn')} slotProps={{ inputLabel: { shrink: true } }} />
      </Stack>
      {form.showErrors && !validation.ok && (
        <Alert severity="warning" variant="outlined">
          {t('error.VALIDATION')}
        </Alert>
      )}
    </DialogForm>
  );
}
