/** Waive one checklist item: a reason is required (the law department reads it beside the gap); the waiver is audited. */
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ChecklistStep } from '../../../../shared/checklists/schema';
import { waiveChecklistItemInput } from '../../../../shared/checklistDecisionsSchemas';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, withFormDialog } from '../../ui/FormDialog';

interface WaiveItemFormProps {
  readonly caseId: number;
  readonly step: ChecklistStep;
  readonly itemId: string;
  readonly itemTitle: string;
  readonly onClose: () => void;
  readonly onWaived: () => void;
}

function WaiveItemForm({ caseId, step, itemId, itemTitle, onClose, onWaived }: WaiveItemFormProps) {
  const notify = useNotify();
  const { values, bind } = useFieldValues(() => ({ reason: '' }));
  const validation = validateForm(waiveChecklistItemInput, { caseId, step, itemId, reason: values.reason }, { reason: t('prepare.waiveReason') });
  const form = useFormSubmit({
    validation,
    send: (input) => api.waiveChecklistItem(input),
    onSuccess: () => {
      notify(t('prepare.waived'));
      onWaived();
    },
  });
  const field = bind(form.errors);
  return (
    <DialogForm
      form={form}
      title={t('prepare.waiveTitle', { title: itemTitle })}
      submitLabel={t('prepare.waiveConfirm')}
      onCancel={onClose}
      intro={<Typography variant="body2">{t('prepare.waiveIntro')}</Typography>}
    >
      <TextField {...field('reason')} label={t('prepare.waiveReason')} required multiline minRows={2} autoFocus />
    </DialogForm>
  );
}

export const WaiveItemDialog = withFormDialog(WaiveItemForm);
