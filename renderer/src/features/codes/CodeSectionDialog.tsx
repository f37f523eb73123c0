import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { SEVERITIES, type CodeSectionRecord } from '../../../../shared/inspectionsTypes';
import { addCodeSectionInput, updateCodeSectionInput } from '../../../../shared/inspectionsSchemas';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { validateForm, type Validation } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { useFieldValues, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, FormDialog, useHeldWhileClosing } from '../../ui/FormDialog';

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

/** What the form sends: a new section, or the changes to an existing one. */
type SectionInput = Parameters<typeof api.addCodeSection>[0] | Parameters<typeof api.updateCodeSection>[0];

export function CodeSectionDialog({ editing, ...rest }: CodeSectionDialogProps) {
  const shown = useHeldWhileClosing(editing);
  return (
    <FormDialog open={editing !== null} onClose={rest.onClose}>
      {shown && <CodeSectionForm editing={shown} {...rest} />}
    </FormDialog>
  );
}

function CodeSectionForm({ editing, defaultCodeName, onClose, onSaved }: Omit<CodeSectionDialogProps, 'editing'> & { editing: CodeSectionRecord | 'new' }) {
  const notify = useNotify();
  const existing = editing === 'new' ? null : editing;
  const { values: f, bind } = useFieldValues(() => ({
    codeName: existing?.codeName ?? defaultCodeName,
    section: existing?.section ?? '',
    title: existing?.title ?? '',
    text: existing?.text ?? '',
    correctiveAction: existing?.correctiveAction ?? '',
    severity: existing?.severity ?? 'major',
    days: String(existing?.defaultComplianceDays ?? 30),
    retiredOn: existing?.retiredOn ?? '',
  }));
  // A blank or non-numeric day count is sent as NaN so the schema reports it instead of guessing.
  const days = /^\s*-?\d+\s*$/.test(f.days) ? Number(f.days) : Number.NaN;
  const common = { title: f.title, text: f.text, correctiveAction: f.correctiveAction, severity: f.severity, defaultComplianceDays: days };
  const validation: Validation<SectionInput> = existing
    ? validateForm(updateCodeSectionInput, { codeSectionId: existing.id, ...common, retiredOn: f.retiredOn === '' ? null : f.retiredOn }, LABELS)
    : validateForm(addCodeSectionInput, { codeName: f.codeName, section: f.section, ...common }, LABELS);
  const form = useFormSubmit({
    validation,
    send: (input) => ('codeSectionId' in input ? api.updateCodeSection(input) : api.addCodeSection(input)),
    onSuccess: (saved) => {
      notify(t('codes.saved', { section: saved.section }));
      onSaved();
    },
  });
  const field = bind(form.errors);
  const title = existing ? t('codes.dialog.edit', { section: `${existing.codeName} ${existing.section}` }) : t('codes.dialog.add');

  return (
    <DialogForm form={form} title={title} submitLabel={t('codes.save')} onCancel={onClose}>
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
    </DialogForm>
  );
}
