import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import { ENTRY_AUTHORITIES, INSPECTION_KINDS, type EntryAuthority, type InspectionKind } from '../../../shared/inspectionsTypes';
import { createInspectionInput } from '../../../shared/inspectionsSchemas';
import { api } from '../api';
import { t } from '../i18n/t';
import { localIsoDate } from '../lib/dates';
import { focusFirstInvalid } from '../lib/focusFirstInvalid';
import { validateForm, type FieldErrors } from '../lib/formErrors';
import { useNotify } from '../lib/notify';
import { ErrorAlert } from './ErrorAlert';

interface AddInspectionDialogProps {
  readonly caseId: number;
  readonly defaultInspector: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onAdded: () => void;
}

const LABELS: Readonly<Record<string, string>> = {
  kind: t('inspection.field.kind'),
  inspectedOn: t('inspection.field.date'),
  inspector: t('inspection.field.inspector'),
  entryAuthority: t('inspection.field.entry'),
  consentGivenBy: t('inspection.field.consentBy'),
  warrantNumber: t('inspection.field.warrant'),
  notes: t('inspection.field.notes'),
};

export function AddInspectionDialog({ open, ...rest }: AddInspectionDialogProps) {
  return (
    <Dialog open={open} onClose={rest.onClose} maxWidth="sm" fullWidth aria-labelledby="add-inspection-title">
      <AddInspectionForm {...rest} />
    </Dialog>
  );
}

function AddInspectionForm({ caseId, defaultInspector, onClose, onAdded }: Omit<AddInspectionDialogProps, 'open'>) {
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<InspectionKind>('initial');
  const [inspectedOn, setInspectedOn] = useState(() => localIsoDate(new Date()));
  const [inspector, setInspector] = useState(defaultInspector);
  const [entryAuthority, setEntryAuthority] = useState<EntryAuthority>('public_view');
  const [consentGivenBy, setConsentGivenBy] = useState('');
  const [warrantNumber, setWarrantNumber] = useState('');
  const [notes, setNotes] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);

  const validation = validateForm(
    createInspectionInput,
    {
      caseId,
      kind,
      inspectedOn,
      inspector,
      entryAuthority,
      consentGivenBy: entryAuthority === 'consent' ? consentGivenBy : undefined,
      warrantNumber: entryAuthority === 'administrative_warrant' ? warrantNumber : undefined,
      notes,
    },
    LABELS,
  );
  const errors: FieldErrors = showErrors && !validation.ok ? validation.errors : {};
  const shown = (name: string) => ({ error: Boolean(errors[name]), helperText: errors[name] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    if (!validation.ok) {
      setShowErrors(true);
      focusFirstInvalid(formRef.current);
      return;
    }
    setSaving(true);
    setServerError(null);
    const result = await api.createInspection(validation.value);
    setSaving(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(t('inspection.added'));
    onAdded();
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <DialogTitle id="add-inspection-title">{t('inspection.dialog')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          <TextField select label={t('inspection.field.kind')} value={kind} onChange={(e) => setKind(e.target.value as InspectionKind)} autoFocus>
            {INSPECTION_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {t(`inspection.kind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            name="inspectedOn"
            label={t('inspection.field.date')}
            value={inspectedOn}
            onChange={(e) => setInspectedOn(e.target.value)}
            required
            slotProps={{ inputLabel: { shrink: true } }}
            {...shown('inspectedOn')}
          />
          <TextField name="inspector" label={t('inspection.field.inspector')} value={inspector} onChange={(e) => setInspector(e.target.value)} required {...shown('inspector')} />
          <TextField select label={t('inspection.field.entry')} value={entryAuthority} onChange={(e) => setEntryAuthority(e.target.value as EntryAuthority)}>
            {ENTRY_AUTHORITIES.map((a) => (
              <MenuItem key={a} value={a}>
                {t(`inspection.authority.${a}`)}
              </MenuItem>
            ))}
          </TextField>
          {entryAuthority === 'consent' && (
            <TextField name="consentGivenBy" label={t('inspection.field.consentBy')} value={consentGivenBy} onChange={(e) => setConsentGivenBy(e.target.value)} required {...shown('consentGivenBy')} />
          )}
          {entryAuthority === 'administrative_warrant' && (
            <TextField name="warrantNumber" label={t('inspection.field.warrant')} value={warrantNumber} onChange={(e) => setWarrantNumber(e.target.value)} required {...shown('warrantNumber')} />
          )}
          <TextField name="notes" label={t('inspection.field.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} {...shown('notes')} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" loading={saving}>
          {t('inspection.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
