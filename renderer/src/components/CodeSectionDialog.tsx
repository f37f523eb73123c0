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
import { SEVERITIES, type CodeSectionRecord, type Severity } from '../../../shared/inspectionsTypes';
import { addCodeSectionInput, updateCodeSectionInput } from '../../../shared/inspectionsSchemas';
import { api } from '../api';
import { t } from '../i18n/t';
import { focusFirstInvalid } from '../lib/focusFirstInvalid';
import { validateForm, type FieldErrors } from '../lib/formErrors';
import { useNotify } from '../lib/notify';
import { ErrorAlert } from './ErrorAlert';

interface CodeSectionDialogProps {
  /** null: closed; 'new': add a section; a record: edit it. */
  readonly editing: CodeSectionRecord | 'new' | null;
  readonly defaultCodeName: string;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

const LABELS: Readonly<Record<string, string>> = {
  codeName: t('codes.field.codeName'),
  section: t('codes.field.section'),
  title: t('codes.field.title'),
  text: t('codes.field.text'),
  correctiveAction: t('codes.field.correctiveAction'),
  severity: t('codes.field.severity'),
  defaultComplianceDays: t('codes.field.days'),
  retiredOn: t('codes.field.retiredOn'),
};

export function CodeSectionDialog({ editing, ...rest }: CodeSectionDialogProps) {
  return (
    <Dialog open={editing !== null} onClose={rest.onClose} maxWidth="sm" fullWidth aria-labelledby="code-section-title">
      {editing && <CodeSectionForm editing={editing} {...rest} />}
    </Dialog>
  );
}

function CodeSectionForm({ editing, defaultCodeName, onClose, onSaved }: Omit<CodeSectionDialogProps, 'editing'> & { editing: CodeSectionRecord | 'new' }) {
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const existing = editing === 'new' ? null : editing;
  const [f, setF] = useState({
    codeName: existing?.codeName ?? defaultCodeName,
    section: existing?.section ?? '',
    title: existing?.title ?? '',
    text: existing?.text ?? '',
    correctiveAction: existing?.correctiveAction ?? '',
    severity: existing?.severity ?? ('major' as Severity),
    days: String(existing?.defaultComplianceDays ?? 30),
    retiredOn: existing?.retiredOn ?? '',
  });
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  // A blank or non-numeric day count is sent as NaN so the schema reports it instead of guessing.
  const days = /^\s*-?\d+\s*$/.test(f.days) ? Number(f.days) : Number.NaN;
  const common = { title: f.title, text: f.text, correctiveAction: f.correctiveAction, severity: f.severity, defaultComplianceDays: days };
  const validation = existing
    ? validateForm(updateCodeSectionInput, { codeSectionId: existing.id, ...common, retiredOn: f.retiredOn === '' ? null : f.retiredOn }, LABELS)
    : validateForm(addCodeSectionInput, { codeName: f.codeName, section: f.section, ...common }, LABELS);
  const errors: FieldErrors = showErrors && !validation.ok ? validation.errors : {};
  const field = (name: keyof typeof f, errorKey: string = name) => ({
    name,
    value: f[name],
    onChange: (e: { target: { value: string } }) => setF((prev) => ({ ...prev, [name]: e.target.value })),
    error: Boolean(errors[errorKey]),
    helperText: errors[errorKey],
    fullWidth: true,
  });

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
    const result = existing
      ? await api.updateCodeSection(validation.value as Parameters<typeof api.updateCodeSection>[0])
      : await api.addCodeSection(validation.value as Parameters<typeof api.addCodeSection>[0]);
    setSaving(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(t('codes.saved', { section: result.value.section }));
    onSaved();
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <DialogTitle id="code-section-title">{existing ? t('codes.dialog.edit', { section: `${existing.codeName} ${existing.section}` }) : t('codes.dialog.add')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          {!existing && (
            <Stack direction="row" spacing={2}>
              <TextField {...field('codeName')} label={t('codes.field.codeName')} required />
              <TextField {...field('section')} label={t('codes.field.section')} required autoFocus />
            </Stack>
          )}
          <TextField {...field('title')} label={t('codes.field.title')} required autoFocus={Boolean(existing)} />
          <TextField {...field('text')} label={t('codes.field.text')} multiline minRows={3} />
          <TextField {...field('correctiveAction')} label={t('codes.field.correctiveAction')} multiline minRows={2} />
          <Stack direction="row" spacing={2}>
            <TextField {...field('severity')} select label={t('codes.field.severity')}>
              {SEVERITIES.map((s) => (
                <MenuItem key={s} value={s}>
                  {t(`severity.${s}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField {...field('days', 'defaultComplianceDays')} label={t('codes.field.days')} inputMode="numeric" required />
          </Stack>
          {existing && <TextField {...field('retiredOn')} type="date" label={t('codes.field.retiredOn')} slotProps={{ inputLabel: { shrink: true } }} />}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" loading={saving}>
          {t('codes.save')}
        </Button>
      </DialogActions>
    </form>
  );
}
