import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { IssuedDocument } from '../../../../shared/domain';
import type { AppErrorShape } from '../../../../shared/errors';
import { t } from '../../i18n/t';
import type { JobProgress } from '../../lib/useProgressJob';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { JobProgressStatus } from '../../ui/JobProgressStatus';

interface IssueConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  /** The version this one would replace; the dialog says both stay on record. */
  readonly current: IssuedDocument | null;
  readonly progress: JobProgress | null;
  readonly progressLabel: string;
  readonly error: AppErrorShape | null;
  readonly onClearError: () => void;
  readonly confirmLabel: string;
  readonly confirmDisabled?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** What the document will say (balance, language choice, …), above the permanence warning. */
  readonly children?: ReactNode;
  /** The permanence warning, when a kind says more than the general one (where to record service). */
  readonly permanence?: string;
}

/** Issuing is permanent: asked first, naming the version replaced, with progress and errors in place. */
export function IssueConfirmDialog(props: IssueConfirmDialogProps) {
  const busy = props.progress !== null;
  return (
    <Dialog open={props.open} onClose={() => !busy && props.onCancel()} aria-labelledby="issue-confirm-title" maxWidth="sm" fullWidth>
      <DialogTitle id="issue-confirm-title">{props.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          {props.children}
          {props.current && (
            <Typography>{t('docs.confirmReplaces', { number: props.current.number, issuedAt: props.current.issuedAt.slice(0, 10) })}</Typography>
          )}
          <Alert severity="warning">{props.permanence ?? t('docs.permanent')}</Alert>
        </Stack>
        {props.progress && <JobProgressStatus progress={props.progress} label={props.progressLabel} />}
        {props.error && <ErrorAlert error={props.error} onClose={props.onClearError} sx={{ mt: 2 }} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={busy}>
          {t('docs.cancel')}
        </Button>
        <Button variant="contained" onClick={props.onConfirm} loading={busy} disabled={props.confirmDisabled}>
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
