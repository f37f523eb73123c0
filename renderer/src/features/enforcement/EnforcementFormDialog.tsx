/**
 * One dialog for the enforcement area's many small forms (service attempt, citation, hearing,
 * continuance, outcome, ledger entry, reversal, lien, release, partner, referral). Each form is a
 * list of field specs; validation runs the very schema the core validates with, so the dialog
 * never sends what the core would refuse, and the core's own answer is shown if it still does.
 */
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../../../../shared/errors';
import { fileToBase64 } from '../../lib/base64';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { fieldError, useFormSubmit } from '../../lib/useFormSubmit';
import { DialogForm, FormDialog } from '../../ui/FormDialog';

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
  return (
    <FormDialog open={open} onClose={rest.onClose}>
      {/* Unmounted after closing: each opening starts from the initial values. */}
      <FormBody {...rest} />
    </FormDialog>
  );
}

function FormBody<S extends z.ZodType>(props: Omit<EnforcementFormDialogProps<S>, 'open'>) {
  const { title, submitLabel, fields, initial, schema, toInput, submit, doneMessage, onClose, onDone } = props;
  const notify = useNotify();
  const fileIdPrefix = useId();
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...initial }));
  const [files, setFiles] = useState<Record<string, PickedFile[]>>({});

  const shown = fields.filter((f) => !f.visible || f.visible(values));
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  const form = useFormSubmit({
    validation: validateForm(schema, toInput(values, files), labels),
    send: submit,
    onSuccess: () => {
      notify(doneMessage);
      onDone();
    },
  });
  const { errors } = form;

  async function pickFiles(name: string, list: FileList | null) {
    const picked: PickedFile[] = [];
    for (const file of Array.from(list ?? [])) picked.push({ fileName: file.name, dataBase64: await fileToBase64(file) });
    setFiles((prev) => ({ ...prev, [name]: picked }));
  }

  return (
    <DialogForm form={form} title={title} submitLabel={submitLabel} onCancel={onClose}>
      {shown.map((f, i) => {
        if (f.kind === 'files') {
          const error = errors[f.name] ?? Object.entries(errors).find(([k]) => k.startsWith(`${f.name}.`))?.[1];
          return (
            <Stack key={f.name} spacing={0.5}>
              <Typography component="label" htmlFor={`${fileIdPrefix}-${f.name}`} variant="body2">
                {f.label}
              </Typography>
              <input
                id={`${fileIdPrefix}-${f.name}`}
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
            {...fieldError(errors, f.name, f.helper)}
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
    </DialogForm>
  );
}
