import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Violation } from '../../../../shared/domain';
import type { CodeSectionRecord } from '../../../../shared/inspectionsTypes';
import { newViolationInput } from '../../../../shared/schemas';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { addDaysToIsoDate, localIsoDate } from '../../lib/dates';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, withFormDialog } from '../../ui/FormDialog';
import { CodeSectionPicker } from '../codes/CodeSectionPicker';

interface AddViolationDialogProps {
  readonly caseId: number;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onAdded: (violation: Violation) => void;
}

/** A common first compliance period; the inspector changes it to what the code or case needs. */
const DEFAULT_COMPLIANCE_DAYS = 30;

type Fields = {
  codeSection: string;
  description: string;
  correctiveAction: string;
  complianceDate: string;
};

const LABELS: Readonly<Record<string, string>> = {
  codeSection: t('violation.codeSection'),
  description: t('violation.description'),
  correctiveAction: t('violation.correctiveAction'),
  complianceDate: t('violation.complianceDate'),
};


function AddViolationForm({ caseId, onClose, onAdded }: Omit<AddViolationDialogProps, 'open'>) {
  const notify = useNotify();
  const { values, setValues, bind } = useFieldValues<Fields>(() => ({
    codeSection: '',
    description: '',
    correctiveAction: '',
    complianceDate: addDaysToIsoDate(localIsoDate(new Date()), DEFAULT_COMPLIANCE_DAYS),
  }));
  // The code-library section the inspector picked (optional); its draft fills the fields below.
  const [codeSectionId, setCodeSectionId] = useState<number | null>(null);
  const form = useFormSubmit({
    validation: validateForm(newViolationInput, { caseId, ...values, codeSectionId }, LABELS),
    send: (input) => api.addViolation(input),
    onSuccess: (violation) => {
      notify(t('violation.added', { codeSection: violation.codeSection }));
      onAdded(violation);
    },
  });
  const field = (name: keyof Fields, hint?: string) => ({ ...bind(form.errors)(name, name, hint), required: true });

  async function pickSection(section: CodeSectionRecord | null) {
    setCodeSectionId(section?.id ?? null);
    if (!section) return;
    const draft = await api.draftViolationFromCode({ codeSectionId: section.id, from: localIsoDate(new Date()) });
    if (!draft.ok) {
      form.setServerError(draft.error);
      return;
    }
    const { codeSection, description, correctiveAction, complianceDate } = draft.value;
    setValues({ codeSection, description, correctiveAction, complianceDate });
  }

  return (
    <DialogForm form={form} title={t('violation.title')} submitLabel={t('violation.submit')} onCancel={onClose}>
      <CodeSectionPicker onPick={(section) => void pickSection(section)} />
      <TextField {...field('codeSection', t('violation.codeSectionHint'))} label={t('violation.codeSection')} autoFocus />
      <TextField {...field('description')} label={t('violation.description')} multiline minRows={2} />
      <TextField {...field('correctiveAction')} label={t('violation.correctiveAction')} multiline minRows={2} />
      <TextField {...field('complianceDate')} type="date" label={t('violation.complianceDate')} slotProps={{ inputLabel: { shrink: true } }} />
    </DialogForm>
  );
}

/** Unmounted by the Dialog after it closes: each opening starts from a clean form. */
export const AddViolationDialog = withFormDialog(AddViolationForm);
