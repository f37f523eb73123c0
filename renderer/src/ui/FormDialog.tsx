/**
 * The frame every form dialog shares. `FormDialog` is the MUI Dialog, which unmounts its content
 * once closed and faded out, so each opening starts from a clean form; `DialogForm` (inside the
 * stateful form component) is the form itself: title, the core's error, the fields, Cancel and
 * Submit. Enter submits from a one-line field (native form submit), Ctrl+Enter (or Cmd+Enter)
 * from anywhere, including the long text fields where Enter adds a line; Escape closes.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { createContext, useContext, useId, useState, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../i18n/t';
import type { FormSubmit } from '../lib/useFormSubmit';
import { ErrorAlert } from './ErrorAlert';

const TitleIdContext = createContext<string | undefined>(undefined);

interface FormDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function FormDialog({ open, onClose, children }: FormDialogProps) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby={titleId}>
      <TitleIdContext.Provider value={titleId}>{children}</TitleIdContext.Provider>
    </Dialog>
  );
}

/** A dialog showing `Form` while `open`; the form gets every other prop and is fresh at each opening. */
export function withFormDialog<P extends { readonly onClose: () => void }>(Form: ComponentType<P>) {
  return function FormDialogOf({ open, ...rest }: P & { readonly open: boolean }) {
    return (
      <FormDialog open={open} onClose={rest.onClose}>
        <Form {...(rest as unknown as P)} />
      </FormDialog>
    );
  };
}

/**
 * For a dialog opened on a subject (`party`, `editing`) and closed by setting it to null: the last
 * subject, kept while the dialog fades out so its form stays in place, named and labelled, instead
 * of emptying during the fade.
 */
export function useHeldWhileClosing<T>(subject: T | null): T | null {
  const [held, setHeld] = useState<T | null>(subject);
  if (subject !== null && subject !== held) setHeld(subject);
  return subject ?? held;
}

interface DialogFormProps {
  readonly form: Pick<FormSubmit, 'formRef' | 'onSubmit' | 'submitting' | 'serverError' | 'setServerError'>;
  readonly title: ReactNode;
  readonly submitLabel: string;
  readonly onCancel: () => void;
  /** Defaults to "Cancel"; a dialog that also lists things says "Close". */
  readonly cancelLabel?: string;
  /** Shown above the core's error and the fields (e.g. the history the form adds to). */
  readonly intro?: ReactNode;
  readonly children: ReactNode;
}

export function DialogForm({ form, title, submitLabel, onCancel, cancelLabel = t('app.cancel'), intro, children }: DialogFormProps) {
  const titleId = useContext(TitleIdContext);
  const { formRef, onSubmit, submitting, serverError, setServerError } = form;

  function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} onKeyDown={submitOnCtrlEnter} noValidate>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: intro ? 0 : 1 }}>
          {intro}
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          {children}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel}>{cancelLabel}</Button>
        <Button type="submit" variant="contained" loading={submitting}>
          {submitLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
