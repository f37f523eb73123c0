/** Restore a complete backup into a new folder: two paths, a confirmation dialog, progress, the report. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { RestoreResult } from '../../../../shared/backupTypes';
import type { AppErrorShape } from '../../../../shared/errors';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { JobProgressStatus } from '../../ui/JobProgressStatus';
import { t } from '../../i18n/t';
import { useProgressJob } from '../../lib/useProgressJob';

export function RestoreBackupSection() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [done, setDone] = useState<RestoreResult | null>(null);
  const { progress, run } = useProgressJob();

  const restore = async () => {
    setConfirming(false);
    setDone(null);
    const r = await run(t('backup.restore.running'), (jobId) => api.restoreBackup({ backupFolder: from, targetFolder: to }, { jobId }));
    if (r.ok) {
      setError(null);
      setDone(r.value);
    } else setError(r.error);
  };

  return (
    <Stack spacing={2} component="section" aria-labelledby="restore-title">
      <Typography id="restore-title" variant="h6" component="h3">
        {t('backup.restore.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('backup.restore.intro')}
      </Typography>
      <TextField label={t('backup.restore.from')} value={from} onChange={(e) => setFrom(e.target.value)} fullWidth />
      <TextField label={t('backup.restore.to')} value={to} onChange={(e) => setTo(e.target.value)} fullWidth />
      {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
      {done && (
        <Alert severity="success">
          {t('backup.restore.done', { cases: done.counts.cases, objects: done.counts.objects, folder: done.dataDir, head: done.auditHead ?? '—' })}
        </Alert>
      )}
      <div>
        <Button variant="outlined" disabled={!from.trim() || !to.trim() || progress !== null} onClick={() => setConfirming(true)}>
          {t('backup.restore.start')}
        </Button>
      </div>
      {progress && <JobProgressStatus progress={progress} label={t('backup.restore.progressLabel')} />}
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="restore-confirm-title">
        <DialogTitle id="restore-confirm-title">{t('backup.restore.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('backup.restore.confirmBody', { from, to })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('app.cancel')}</Button>
          <Button variant="contained" onClick={() => void restore()}>
            {t('backup.restore.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
