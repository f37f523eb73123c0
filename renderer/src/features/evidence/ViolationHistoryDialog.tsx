/** A violation's status history, oldest first: every move of the lifecycle, when, why and by whom. */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Violation } from '../../../../shared/domain';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';

interface ViolationHistoryDialogProps {
  readonly violation: Violation;
  readonly open: boolean;
  readonly onClose: () => void;
}

export function ViolationHistoryDialog({ violation, open, onClose }: ViolationHistoryDialogProps) {
  const titleId = `violation-${violation.id}-history-title`;
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('violation.historyTitle', { codeSection: violation.codeSection })}</DialogTitle>
      <DialogContent>{open && <HistoryTable violation={violation} />}</DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained" autoFocus>
          {t('app.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function HistoryTable({ violation }: { readonly violation: Violation }) {
  // Mounted only while the dialog is open, so every opening reads the events afresh.
  const events = useApiQuery(`violation-events:${violation.id}`, () => api.listViolationEvents({ violationId: violation.id }));
  if (events.error) return <ErrorAlert error={events.error} />;
  if (!events.data) return <LoadingBlock />;
  if (events.data.length === 0) return <Typography color="text.secondary">{t('violation.historyNone')}</Typography>;
  return (
    <Table size="small" aria-label={t('violation.historyTitle', { codeSection: violation.codeSection })}>
      <TableHead>
        <TableRow>
          <TableCell>{t('violation.historyDate')}</TableCell>
          <TableCell>{t('violation.historyChange')}</TableCell>
          <TableCell>{t('violation.historyNote')}</TableCell>
          <TableCell>{t('violation.historyWho')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {events.data.map((e) => (
          <TableRow key={e.id}>
            <TableCell>{e.effectiveOn}</TableCell>
            <TableCell>{t('violation.historyMove', { from: t(`violation.status.${e.fromStatus}`), to: t(`violation.status.${e.toStatus}`) })}</TableCell>
            <TableCell>{e.note}</TableCell>
            <TableCell>{e.recordedBy}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
