import { useRef, useState, type FormEvent } from 'react';
import type { AppErrorShape, Result } from '../../../shared/errors';
import { focusFirstInvalid } from './focusFirstInvalid';
import type { FieldErrors, Validation } from './formErrors';

export interface FormSubmitOptions<T, R> {
  /** This render's validation of the fields (see validateForm). */
  readonly validation: Validation<T>;
  /** Sends the validated input to the core. */
  readonly send: (value: T) => Promise<Result<R>>;
  /** Runs after the core accepted the input (notify, close, reload). */
  readonly onSuccess: (result: R, value: T) => void;
}

export interface FormSubmit {
  readonly formRef: React.RefObject<HTMLFormElement | null>;
  /** Field errors, shown only once a submit was refused, so a fresh form is not painted red. */
  readonly errors: FieldErrors;
  readonly showErrors: boolean;
  readonly submitting: boolean;
  /** The core's refusal, shown above the fields until dismissed or the next submit. */
  readonly serverError: AppErrorShape | null;
  readonly setServerError: (error: AppErrorShape | null) => void;
  readonly onSubmit: (event: FormEvent) => Promise<void>;
}

/**
 * The submit cycle every form dialog shares: refuse invalid fields (show their errors, move focus
 * to the first), ignore a second submit while one is in flight, send, and either show the core's
 * error or hand its answer to onSuccess.
 */
export function useFormSubmit<T, R>({ validation, send, onSuccess }: FormSubmitOptions<T, R>): FormSubmit {
  const formRef = useRef<HTMLFormElement>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);

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
    const result = await send(validation.value);
    setSubmitting(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    // A dialog that stays open for another entry (party addresses) starts the next one clean.
    setShowErrors(false);
    onSuccess(result.value, validation.value);
  }

  const errors: FieldErrors = showErrors && !validation.ok ? validation.errors : {};
  return { formRef, errors, showErrors, submitting, serverError, setServerError, onSubmit };
}

/** The error and helper text of one field: its error once shown, else the hint (if any). */
export function fieldError(errors: FieldErrors, path: string, hint?: string): { error: boolean; helperText: string | undefined } {
  return { error: Boolean(errors[path]), helperText: errors[path] ?? hint };
}

/**
 * Text state for a form's fields, with `bind` giving a TextField its name, value, onChange and
 * error props in one spread. `path` is the field's schema path when it differs from its name.
 */
export function useFieldValues<F extends Record<string, string>>(initial: F | (() => F)) {
  const [values, setValues] = useState<F>(initial);
  const bind = (errors: FieldErrors) => (name: keyof F & string, path: string = name, hint?: string) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((prev) => ({ ...prev, [name]: event.target.value })),
    ...fieldError(errors, path, hint),
    fullWidth: true,
  });
  return { values, setValues, bind };
}
