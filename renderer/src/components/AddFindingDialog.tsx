import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../shared/errors';
import { OWNERSHIP_SOURCES, type CaseParty } from '../../../shared/partiesTypes';
import { addOwnershipFindingInput } from '../../../shared/partiesSchemas';
import { api } from '../api';
import { t, type MessageKey } from '../i18n/t';
import { fileToBase64 } from '../lib/base64';
import { localIsoDate } from '../lib/dates';
import { validateForm, type FieldErrors } from '../lib/formErrors';
import { useNotify } from '../lib/notify';
import { ErrorAlert } from './ErrorAlert';

interface AddFindingDialogProps {
  readonly caseId: number;
  readonly parties: readonly CaseParty[];
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onAdded: () => void;
}

const LABELS: Readonly<Record<string, string>> = {
  performedOn: t('ownership.performedOn'),
  performedBy: t('ownership.performedBy'),
  finding: t('ownership.finding'),
};

export function AddFindingDialog({ open, ...rest }: AddFindingDialogProps) {
  return (
    <Dialog open={open} onClose={rest.onClose} maxWidth="sm" fullWidth aria-labelledby="add-finding-title">
      <AddFindingForm {...rest} />
    </Dialog>
  );
}

function AddFindingForm({ caseId, parties, onClose, onAdded }: Omit<AddFindingDialogProps, 'open'>) {
  const notify = useNotify();
  const [source, setSource] = useState<string>('recorder_deed');
  const [performedOn, setPerformedOn] = useState(() => localIsoDate(new Date()));
  const [performedBy, setPerformedBy] = useState('');
  const [finding, setFinding] = useState('');
  const [partyId, setPartyId] = useState<string>('');
  const [files, setFiles] = useState<File[]>([]);
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);

  const raw = {
    caseId,
    source,
    performedOn,
    performedBy: performedBy.trim() === '' ? undefined : performedBy,
    finding,
    partyId: partyId === '' ? null : Number(partyId),
    documents: [],
  };
  const validation = validateForm(addOwnershipFindingInput, raw, LABELS);
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
    // The core sniffs each file's type from its bytes and refuses the whole finding if one is wrong.
    const documents = await Promise.all(files.map(async (f) => ({ fileName: f.name, dataBase64: await fileToBase64(f) })));
    const result = await api.addOwnershipFinding({ ...validation.value, documents });
    setSubmitting(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(t('ownership.added'));
    onAdded();
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="add-finding-title">{t('ownership.dialogTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          <TextField select name="source" label={t('ownership.source')} value={source} onChange={(e) => setSource(e.target.value)} fullWidth required autoFocus>
            {OWNERSHIP_SOURCES.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`source.${s}` as MessageKey)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            name="performedOn"
            type="date"
            label={t('ownership.performedOn')}
            value={performedOn}
            onChange={(e) => setPerformedOn(e.target.value)}
            error={Boolean(errors.performedOn)}
            helperText={errors.performedOn}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth
            required
          />
          <TextField
            name="performedBy"
            label={t('ownership.performedBy')}
            value={performedBy}
            onChange={(e) => setPerformedBy(e.target.value)}
            error={Boolean(errors.performedBy)}
            helperText={errors.performedBy}
            fullWidth
          />
          <TextField
            name="finding"
            label={t('ownership.finding')}
            value={finding}
            onChange={(e) => setFinding(e.target.value)}
            error={Boolean(errors.finding)}
            helperText={errors.finding ?? t('ownership.findingHint')}
            fullWidth
            required
            multiline
            minRows={2}
          />
          <TextField select name="partyId" label={t('ownership.party')} value={partyId} onChange={(e) => setPartyId(e.target.value)} fullWidth>
            <MenuItem value="">
              <em>{t('ownership.noParty')}</em>
            </MenuItem>
            {parties.map((p) => (
              <MenuItem key={p.partyId} value={String(p.partyId)}>
                {p.name} ({p.roles.map((r) => t(`role.${r}` as MessageKey)).join(', ')})
              </MenuItem>
            ))}
          </TextField>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button component="label" variant="outlined" startIcon={<AttachFile />}>
              {t('ownership.chooseFiles')}
              <input
                hidden
                type="file"
                multiple
                aria-label={t('ownership.documents')}
                accept="application/pdf,image/jpeg,image/png,image/tiff,.pdf,.jpg,.jpeg,.png,.tif,.tiff"
                onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
              />
            </Button>
            <Typography variant="body2" color="text.secondary">
              {files.length ? files.map((f) => f.name).join(', ') : t('ownership.documents')}
            </Typography>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" loading={submitting}>
          {t('ownership.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
