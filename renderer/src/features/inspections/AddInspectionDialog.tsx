import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ENTRY_AUTHORITIES, INSPECTION_KINDS } from '../../../../shared/inspectionsTypes';
import { createInspectionInput } from '../../../../shared/inspectionsSchemas';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { localIsoDate } from '../../lib/dates';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, withFormDialog } from '../../ui/FormDialog';

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


function AddInspectionForm({ caseId, defaultInspector, onClose, onAdded }: Omit<AddInspectionDialogProps, 'open'>) {
  const notify = useNotify();
  const { values, bind } = useFieldValues(() => ({
    kind: 'initial',
    inspectedOn: localIsoDate(new Date()),
    inspector: defaultInspector,
    entryAuthority: 'public_view',
    consentGivenBy: '',
    warrantNumber: '',
    notes: '',
  }));
  const { entryAuthority, consentGivenBy, warrantNumber } = values;
  const raw = {
    ...values,
    caseId,
    // Only the entry authority chosen needs its detail; a stale one from another choice is not sent.
    consentGivenBy: entryAuthority === 'consent' ? consentGivenBy : undefined,
    warrantNumber: entryAuthority === 'administrative_warrant' ? warrantNumber : undefined,
  };
  const form = useFormSubmit({
    validation: validateForm(createInspectionInput, raw, LABELS),
    send: (input) => api.createInspection(input),
    onSuccess: () => {
      notify(t('inspection.added'));
      onAdded();
    },
  });
  const field = bind(form.errors);

  return (
    <DialogForm form={form} title={t('inspection.dialog')} submitLabel={t('inspection.submit')} onCancel={onClose}>
      <TextField {...field('kind')} select label={t('inspection.field.kind')} autoFocus>
        {INSPECTION_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`inspection.kind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...field('inspectedOn')} type="date" label={t('inspection.field.date')} required slotProps={{ inputLabel: { shrink: true } }} />
      <TextField {...field('inspector')} label={t('inspection.field.inspector')} required />
      <TextField {...field('entryAuthority')} select label={t('inspection.field.entry')}>
        {ENTRY_AUTHORITIES.map((a) => (
          <MenuItem key={a} value={a}>
            {t(`inspection.authority.${a}`)}
          </MenuItem>
        ))}
      </TextField>
      {entryAuthority === 'consent' && <TextField {...field('consentGivenBy')} label={t('inspection.field.consentBy')} required />}
      {entryAuthority === 'administrative_warrant' && <TextField {...field('warrantNumber')} label={t('inspection.field.warrant')} required />}
      <TextField {...field('notes')} label={t('inspection.field.notes')} multiline minRows={2} />
    </DialogForm>
  );
}

/** Unmounted by the Dialog after it closes: each opening starts from a clean form. */
export const AddInspectionDialog = withFormDialog(AddInspectionForm);
