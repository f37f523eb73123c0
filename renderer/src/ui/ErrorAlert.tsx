import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { SxProps, Theme } from '@mui/material/styles';
import type { AppErrorShape } from '../../../shared/errors';
import { errorHeading } from '../i18n/t';

interface ErrorAlertProps {
  readonly error: AppErrorShape;
  readonly onClose?: () => void;
  readonly sx?: SxProps<Theme>;
}

/** A short heading for the kind of problem, with the core's own actionable sentence beneath. */
export function ErrorAlert({ error, onClose, sx }: ErrorAlertProps) {
  return (
    <Alert severity="error" onClose={onClose} sx={sx}>
      <AlertTitle>{errorHeading(error.code)}</AlertTitle>
      {error.message}
    </Alert>
  );
}
