import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Violation } from '../../../shared/domain';
import type { AppErrorShape } from '../../../shared/errors';
import type { CodeSectionRecord } from '../../../shared/inspectionsTypes';
import { newViolationInput } from '../../../shared/schemas';
import { api } from '../api';
import { t } from '../i18n/t';
import { addDaysToIsoDate, localIsoDate } from '../lib/dates';
import { focusFirstInvalid } from '../lib/focusFirstInvalid';
import { validateForm, type FieldErrors } from '../lib/formErrors';
import { useNotify } from '../lib/notify';
import { CodeSectionPicker } from './CodeSectionPicker';
import { ErrorAlert } from './ErrorAlert';

interface AddViolationDialogProps {
  readonly caseId: number;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onAdded: (violation: Violation) => void;
}

/** A common first compliance period; the inspector changes it to what the code or case needs. */
const DEFAULT_COMPLIANCE_DAYS = 30;

interface Fields {
  codeSection: string;
  description: string;
  correctiveAction: string;
  complianceDate: string;
}

const LABELS: Readonly<Record<string, string>> = {
  codeSection: t('violation.codeSection'),
  description: t('violation.description'),
  correctiveAction: t('violation.correctiveAction'),
  complianceDate: t('violation.complianceDate'),
};

export function AddViolationDialog({ open, ...rest }: AddViolationDialogProps) {
  return (
    <Dialog open={open} onClose={rest.onClose} maxWidth="sm" fullWidth aria-labelledby="add-violation-title">
      {/* Unmounted by the Dialog after it closes: each opening starts from a clean form. */}
      <AddViolationForm {...rest} />
    </Dialog>
  );
}

function AddViolationForm({ caseId, onClose, onAdded }: Omit<AddViolationDialogProps, 'open'>) {
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<Fields>(() => ({
    codeSection: '',
    description: '',
    correctiveAction: '',
    complianceDate: addDaysToIsoDate(localIsoDate(new Date()), DEFAULT_COMPLIANCE_DAYS),
  }));
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  // The code-library section the inspector picked (optional); its draft fills the fields below.
  const [codeSectionId, setCodeSectionId] = useState<number | null>(null);

  async function pickSection(section: CodeSectionRecord | null) {
    setCodeSectionId(section?.id ?? null);
    if (!section) return;
    const draft = await api.draftViolationFromCode({ codeSectionId: section.id, from: localIsoDate(new Date()) });
    if (!draft.ok) {
      setServerError(draft.error);
      return;
    }
    const { codeSection, description, correctiveAction, complianceDate } = draft.value;
    setFields({ codeSection, description, correctiveAction, complianceDate });
  }

  const validation = validateForm(newViolationInput, { caseId, ...fields, codeSectionId }, LABELS);
  const errors: FieldErrors = showErrors && !validation.ok ? validation.errors : {};

  const field = (name: keyof Fields) => ({
    name,
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields((prev) => ({ ...prev, [name]: event.target.value })),
    error: Boolean(errors[name]),
    helperText: errors[name],
    fullWidth: true,
    required: true,
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
    const result = await api.addViolation(validation.value);
    setSubmitting(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(t('violation.added', { codeSection: result.value.codeSection }));
    onAdded(result.value);
  }

  // Enter adds a line in the long text fields, so Ctrl+Enter (or Cmd+Enter) submits from anywhere.
  function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <DialogTitle id="add-violation-title">{t('violation.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          <CodeSectionPicker onPick={(section) => void pickSection(section)} />
          <TextField
            {...field('codeSection')}
            helperText={errors.codeSection ?? t('violation.codeSectionHint')}
            label={t('violation.codeSection')}
            autoFocus
          />
          <TextField {...field('description')} label={t('violation.description')} multiline minRows={2} />
          <TextField {...field('correctiveAction')} label={t('violation.correctiveAction')} multiline minRows={2} />
          <TextField
            {...field('complianceDate')}
            type="date"
            label={t('violation.complianceDate')}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" loading={submitting}>
          {t('violation.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
