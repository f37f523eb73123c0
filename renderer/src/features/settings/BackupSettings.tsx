/**
 * The Backups section of Settings: the schedule form, "Back up now" with progress, the last
 * result, the backups in the folder, and restore into a new folder (RestoreBackupSection).
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { BackupSchedule, BackupStatus } from '../../../../shared/backupTypes';
import type { AppErrorShape } from '../../../../shared/errors';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { JobProgressStatus } from '../../ui/JobProgressStatus';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { t } from '../../i18n/t';
import { useNotify } from '../../lib/notify';
import { useApiQuery } from '../../lib/useApiQuery';
import { useProgressJob } from '../../lib/useProgressJob';
import { RestoreBackupSection } from './RestoreBackupSection';

export function BackupSettings() {
  const status = useApiQuery('backupStatus', () => api.getBackupStatus({}));
  const backups = useApiQuery(`backups:${status.data?.schedule.folder ?? ''}`, () => api.listBackups({}));
  return (
    <Paper component="section" aria-labelledby="backup-title" sx={{ p: 3 }}>
      <Typography id="backup-title" variant="h5" component="h2" gutterBottom>
        {t('backup.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('backup.intro')}
      </Typography>
      {status.error && <ErrorAlert error={status.error} />}
      {!status.data && !status.error && <LoadingBlock />}
      {status.data && (
        <Stack spacing={3}>
          <ScheduleForm
            status={status.data}
            onChanged={() => {
              status.reload();
              backups.reload();
            }}
          />
          <LastResult status={status.data} />
          <Stack spacing={1}>
            <Typography variant="h6" component="h3">
              {t('backup.list.title')}
            </Typography>
            {backups.data && backups.data.length === 0 && <Typography variant="body2">{t('backup.list.empty')}</Typography>}
            <List dense aria-label={t('backup.list.title')}>
              {backups.data?.map((b) => (
                <ListItem key={b.folder} disableGutters>
                  <ListItemText
                    primary={b.folder}
                    secondary={
                      b.complete
                        ? t('backup.list.complete', { cases: b.counts!.cases, objects: b.counts!.objects, at: new Date(b.createdAt!).toLocaleString() })
                        : t('backup.list.incomplete', { problem: b.problem ?? '' })
                    }
                  />
                </ListItem>
              ))}
            </List>
          </Stack>
          <RestoreBackupSection />
        </Stack>
      )}
    </Paper>
  );
}

function ScheduleForm({ status, onChanged }: { readonly status: BackupStatus; readonly onChanged: () => void }) {
  const notify = useNotify();
  const [form, setForm] = useState<BackupSchedule>(status.schedule);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saving, setSaving] = useState(false);
  const { progress, run } = useProgressJob();

  const save = async () => {
    setSaving(true);
    const r = await api.setBackupSchedule(form);
    setSaving(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    notify(t('backup.schedule.saved'));
    onChanged();
  };
  const backUpNow = async () => {
    const r = await run(t('backup.running'), (jobId) => api.backupNow(form.folder ? { folder: form.folder } : {}, { jobId }));
    if (!r.ok) setError(r.error);
    else {
      setError(null);
      notify(t('backup.done', { folder: r.value.folder }));
    }
    onChanged();
  };
  const num = (value: string) => (value === '' ? 0 : Number(value));

  return (
    <Stack
      component="form"
      spacing={2}
      aria-label={t('backup.schedule.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Typography variant="h6" component="h3">
        {t('backup.schedule.title')}
      </Typography>
      <FormControlLabel
        control={<Switch checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} />}
        label={t('backup.schedule.enabled')}
      />
      <TextField
        label={t('backup.schedule.folder')}
        helperText={t('backup.schedule.folderHelp')}
        value={form.folder}
        onChange={(e) => setForm({ ...form, folder: e.target.value })}
        fullWidth
      />
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('backup.schedule.everyHours')}
          type="number"
          value={form.everyHours}
          onChange={(e) => setForm({ ...form, everyHours: num(e.target.value) })}
          slotProps={{ htmlInput: { min: 1 } }}
        />
        <TextField
          label={t('backup.schedule.keep')}
          type="number"
          value={form.keep}
          onChange={(e) => setForm({ ...form, keep: num(e.target.value) })}
          slotProps={{ htmlInput: { min: 1 } }}
        />
      </Stack>
      <Typography variant="body2">
        {status.nextDueAt ? t('backup.schedule.nextDue', { at: new Date(status.nextDueAt).toLocaleString() }) : t('backup.schedule.off')}
      </Typography>
      {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
      <Stack direction="row" spacing={2}>
        <Button type="submit" variant="outlined" disabled={saving}>
          {t('backup.schedule.save')}
        </Button>
        <Button variant="contained" disabled={progress !== null || status.running || (!form.folder && !status.schedule.folder)} onClick={() => void backUpNow()}>
          {t('backup.now')}
        </Button>
      </Stack>
      {progress && <JobProgressStatus progress={progress} label={t('backup.progressLabel')} />}
    </Stack>
  );
}

function LastResult({ status }: { readonly status: BackupStatus }) {
  const last = status.lastResult;
  return (
    <Stack spacing={1} aria-label={t('backup.last.title')} component="section">
      <Typography variant="h6" component="h3">
        {t('backup.last.title')}
      </Typography>
      {!last && <Typography variant="body2">{t('backup.last.none')}</Typography>}
      {last && (
        <Alert severity={last.ok ? 'success' : 'error'}>
          <strong>{t(last.ok ? 'backup.last.ok' : 'backup.last.failed', { at: new Date(last.at).toLocaleString() })}</strong> — {last.message}
          {last.folder && <div>{t('backup.last.folder', { folder: last.folder })}</div>}
        </Alert>
      )}
    </Stack>
  );
}
