import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import { useState } from 'react';
import { OWNERSHIP_SOURCES, type CaseParty } from '../../../../shared/partiesTypes';
import { addOwnershipFindingInput } from '../../../../shared/partiesSchemas';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { fileToBase64 } from '../../lib/base64';
import { localIsoDate } from '../../lib/dates';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, withFormDialog } from '../../ui/FormDialog';

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


function AddFindingForm({ caseId, parties, onClose, onAdded }: Omit<AddFindingDialogProps, 'open'>) {
  const notify = useNotify();
  const { values, bind } = useFieldValues(() => ({
    source: 'recorder_deed',
    performedOn: localIsoDate(new Date()),
    performedBy: '',
    finding: '',
    partyId: '',
  }));
  const [files, setFiles] = useState<File[]>([]);
  const { performedBy, partyId } = values;
  const raw = {
    ...values,
    caseId,
    performedBy: performedBy.trim() === '' ? undefined : performedBy,
    partyId: partyId === '' ? null : Number(partyId),
    documents: [],
  };
  const form = useFormSubmit({
    validation: validateForm(addOwnershipFindingInput, raw, LABELS),
    send: async (input) => {
      // The core sniffs each file's type from its bytes and refuses the whole finding if one is wrong.
      const documents = await Promise.all(files.map(async (f) => ({ fileName: f.name, dataBase64: await fileToBase64(f) })));
      return api.addOwnershipFinding({ ...input, documents });
    },
    onSuccess: () => {
      notify(t('ownership.added'));
      onAdded();
    },
  });
  const field = bind(form.errors);

  return (
    <DialogForm form={form} title={t('ownership.dialogTitle')} submitLabel={t('ownership.submit')} onCancel={onClose}>
      <TextField {...field('source')} select label={t('ownership.source')} required autoFocus>
        {OWNERSHIP_SOURCES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`source.${s}` as MessageKey)}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...field('performedOn')} type="date" label={t('ownership.performedOn')} slotProps={{ inputLabel: { shrink: true } }} required />
      <TextField {...field('performedBy')} label={t('ownership.performedBy')} />
      <TextField {...field('finding', 'finding', t('ownership.findingHint'))} label={t('ownership.finding')} required multiline minRows={2} />
      <TextField {...field('partyId')} select label={t('ownership.party')}>
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
    </DialogForm>
  );
}

/** Unmounted by the Dialog after it closes: each opening starts from a clean form. */
export const AddFindingDialog = withFormDialog(AddFindingForm);
