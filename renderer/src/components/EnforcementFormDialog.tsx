/**
 * One dialog for the enforcement area's many small forms (service attempt, citation, hearing,
 * continuance, outcome, ledger entry, reversal, lien, release, partner, referral). Each form is a
 * list of field specs; validation runs the very schema the core validates with, so the dialog
 * never sends what the core would refuse, and the core's own answer is shown if it still does.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { AppErrorShape, Result } from '../../../shared/errors';
import { t } from '../i18n/t';
import { fileToBase64 } from '../lib/base64';
import { focusFirstInvalid } from '../lib/focusFirstInvalid';
import { validateForm, type FieldErrors } from '../lib/formErrors';
import { useNotify } from '../lib/notify';
import { ErrorAlert } from './ErrorAlert';

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  /** `multiselect` keeps its choices comma-joined in the field's text (e.g. "3,5"). */
  readonly kind: 'text' | 'multiline' | 'date' | 'datetime' | 'money' | 'select' | 'multiselect' | 'files';
  readonly options?: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  readonly required?: boolean;
  readonly helper?: string;
  /** Shown only when this returns true for the current values (e.g. tracking number for certified mail). */
  readonly visible?: (values: Readonly<Record<string, string>>) => boolean;
}

export interface PickedFile {
  readonly fileName: string;
  readonly dataBase64: string;
}

export interface EnforcementFormDialogProps<S extends z.ZodType> {
  readonly open: boolean;
  readonly title: string;
  readonly submitLabel: string;
  readonly fields: readonly FieldSpec[];
  readonly initial: Readonly<Record<string, string>>;
  readonly schema: S;
  /** Builds the method's input from the text of the fields and the picked files. */
  readonly toInput: (values: Readonly<Record<string, string>>, files: Readonly<Record<string, PickedFile[]>>) => unknown;
  readonly submit: (input: z.output<S>) => Promise<Result<unknown>>;
  readonly doneMessage: string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export function EnforcementFormDialog<S extends z.ZodType>({ open, ...rest }: EnforcementFormDialogProps<S>) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={rest.onClose} maxWidth="sm" fullWidth aria-labelledby={titleId}>
      {/* Unmounted after closing: each opening starts from the initial values. */}
      <FormBody {...rest} titleId={titleId} />
    </Dialog>
  );
}

function FormBody<S extends z.ZodType>(props: Omit<EnforcementFormDialogProps<S>, 'open'> & { readonly titleId: string }) {
  const { title, submitLabel, fields, initial, schema, toInput, submit, doneMessage, onClose, onDone, titleId } = props;
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...initial }));
  const [files, setFiles] = useState<Record<string, PickedFile[]>>({});
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);

  const shown = fields.filter((f) => !f.visible || f.visible(values));
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  const validation = validateForm(schema, toInput(values, files), labels);
  const errors: FieldErrors = showErrors && !validation.ok ? validation.errors : {};

  async function pickFiles(name: string, list: FileList | null) {
    const picked: PickedFile[] = [];
    for (const file of Array.from(list ?? [])) picked.push({ fileName: file.name, dataBase64: await fileToBase64(file) });
    setFiles((prev) => ({ ...prev, [name]: picked }));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    if (!validation.ok) {
      setShowErrors(true);
      focusFirstInvalid(formRef.current);
      return;
    }
    setSubmitting(true);
    setServerError(null);
    const result = await submit(validation.value);
    setSubmitting(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(doneMessage);
    onDone();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          {shown.map((f, i) => {
            if (f.kind === 'files') {
              const error = errors[f.name] ?? Object.entries(errors).find(([k]) => k.startsWith(`${f.name}.`))?.[1];
              return (
                <Stack key={f.name} spacing={0.5}>
                  <Typography component="label" htmlFor={`${titleId}-${f.name}`} variant="body2">
                    {f.label}
                  </Typography>
                  <input
                    id={`${titleId}-${f.name}`}
                    type="file"
                    multiple
                    accept="application/pdf,image/jpeg,image/png,image/tiff"
                    aria-invalid={Boolean(error)}
                    onChange={(e) => void pickFiles(f.name, e.target.files)}
                  />
                  <Typography variant="caption" color={error ? 'error' : 'text.secondary'}>
                    {error ?? f.helper}
                  </Typography>
                </Stack>
              );
            }
            const multiple = f.kind === 'multiselect';
            const text = values[f.name] ?? '';
            return (
              <TextField
                key={f.name}
                name={f.name}
                label={f.label}
                value={multiple ? (text ? text.split(',') : []) : text}
                onChange={(e) => {
                  const raw: unknown = e.target.value;
                  setValues((prev) => ({ ...prev, [f.name]: Array.isArray(raw) ? raw.join(',') : String(raw) }));
                }}
                error={Boolean(errors[f.name])}
                helperText={errors[f.name] ?? f.helper}
                required={f.required}
                fullWidth
                autoFocus={i === 0}
                select={f.kind === 'select' || multiple}
                multiline={f.kind === 'multiline'}
                minRows={f.kind === 'multiline' ? 2 : undefined}
                type={f.kind === 'date' ? 'date' : f.kind === 'datetime' ? 'datetime-local' : 'text'}
                slotProps={{
                  inputLabel: f.kind === 'date' || f.kind === 'datetime' ? { shrink: true } : undefined,
                  htmlInput: f.kind === 'money' ? { inputMode: 'decimal' } : undefined,
                  select: multiple
                    ? {
                        multiple: true,
                        renderValue: (selected: unknown) =>
                          (selected as string[]).map((v) => f.options?.find((o) => o.value === v)?.label ?? v).join('; '),
                      }
                    : undefined,
                }}
              >
                {f.kind === 'select' || multiple
                  ? (f.options ?? []).map((o) => (
                      <MenuItem key={o.value} value={o.value}>
                        {o.label}
                      </MenuItem>
                    ))
                  : undefined}
              </TextField>
            );
          })}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" loading={submitting}>
          {submitLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
