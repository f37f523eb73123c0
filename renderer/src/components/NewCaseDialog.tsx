import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent } from 'react';
import { PARTY_KINDS, type CaseDetail, type PartyKind } from '../../../shared/domain';
import type { AppErrorShape } from '../../../shared/errors';
import { newCaseInput } from '../../../shared/schemas';
import { api } from '../api';
import { t } from '../i18n/t';
import { localIsoDate } from '../lib/dates';
import { focusFirstInvalid } from '../lib/focusFirstInvalid';
import { validateForm, type FieldErrors } from '../lib/formErrors';
import { useNotify } from '../lib/notify';
import { ErrorAlert } from './ErrorAlert';

interface NewCaseDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCreated: (created: CaseDetail) => void;
}

const LAST_INSPECTOR_KEY = 'caseready.lastInspector';

interface Fields {
  address: string;
  parcelId: string;
  ownerName: string;
  ownerKind: PartyKind;
  mailingAddress: string;
  inspector: string;
  openedOn: string;
}

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
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="new-case-title">
      {/* The Dialog unmounts its content once closed and faded out, so each opening starts from a
          clean form, and the form stays in place (named, labelled) while it fades. */}
      <NewCaseForm onClose={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function NewCaseForm({ onClose, onCreated }: Omit<NewCaseDialogProps, 'open'>) {
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<Fields>(() => ({
    address: '',
    parcelId: '',
    ownerName: '',
    ownerKind: 'individual',
    mailingAddress: '',
    inspector: window.localStorage.getItem(LAST_INSPECTOR_KEY) ?? '',
    openedOn: localIsoDate(new Date()),
  }));
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);

  const validation = validateForm(newCaseInput, toInput(fields), LABELS);
  const errors: FieldErrors = showErrors && !validation.ok ? validation.errors : {};

  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((prev) => ({ ...prev, [name]: event.target.value }));

  const field = (name: keyof Fields, path: string) => ({
    name,
    value: fields[name],
    onChange: set(name),
    error: Boolean(errors[path]),
    helperText: errors[path],
    fullWidth: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    if (!validation.ok) {
      setShowErrors(true);
      focusFirstInvalid(formRef.current);
      return;
    }
    setSubmitting(true);
    setServerError(null);
    const result = await api.createCase(validation.value);
    setSubmitting(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    window.localStorage.setItem(LAST_INSPECTOR_KEY, validation.value.inspector);
    notify(t('newCase.created', { caseNumber: result.value.caseNumber }));
    onCreated(result.value);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <DialogTitle id="new-case-title">{t('newCase.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
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
            {...field('mailingAddress', 'owner.mailingAddress')}
            helperText={errors['owner.mailingAddress'] ?? t('newCase.mailingHint')}
            label={t('newCase.mailingAddress')}
            required
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField {...field('inspector', 'inspector')} label={t('newCase.inspector')} required />
            <TextField
              {...field('openedOn', 'openedOn')}
              type="date"
              label={t('newCase.openedOn')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
          {showErrors && !validation.ok && (
            <Alert severity="warning" variant="outlined">
              {t('error.VALIDATION')}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" loading={submitting}>
          {t('newCase.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
