/**
 * The installation's jurisdiction pack: every pack found with whether it is valid, the one in use,
 * and "Use this pack" (confirmed, because it changes the rules every new case is counted under;
 * it applies after CaseReady restarts). Mounted on the Settings page by its owner.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/errors';
import type { PackListing } from '../../../../shared/packs';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { t } from '../../i18n/t';
import { useNotify } from '../../lib/notify';
import { useApiQuery } from '../../lib/useApiQuery';

export function PackSettings() {
  const packs = useApiQuery('packs', () => api.listPacks({}));
  const notify = useNotify();
  const [confirming, setConfirming] = useState<PackListing | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<AppErrorShape | undefined>();

  if (packs.error && !packs.data) return <ErrorAlert error={packs.error} />;
  if (!packs.data) return <LoadingBlock />;
  const { inUse, setting } = packs.data;

  const confirm = async () => {
    if (!confirming) return;
    setSaving(true);
    const result = await api.usePack({ packId: confirming.id });
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    setSaveError(undefined);
    notify(t('packs.chosen', { id: confirming.id }));
    setConfirming(null);
    packs.reload();
  };

  return (
    <Box component="section" aria-labelledby="pack-settings-heading">
      <Typography id="pack-settings-heading" variant="h2" gutterBottom>
        {t('packs.heading')}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('packs.intro')}
      </Typography>
      {setting !== inUse && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('packs.pendingRestart', { id: setting })}
        </Alert>
      )}
      <List aria-label={t('packs.heading')}>
        {packs.data.packs.map((p) => (
          <ListItem
            key={`${p.source}:${p.id}`}
            divider
            secondaryAction={
              p.id !== setting && p.valid && !p.shadowed ? (
                <Button variant="outlined" onClick={() => setConfirming(p)}>
                  {t('packs.use')}
                </Button>
              ) : undefined
            }
          >
            <ListItemText
              primary={
                <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  {p.name ?? p.id} {p.version ?? ''}
                  {p.id === inUse && !p.shadowed && <Chip size="small" color="primary" label={t('packs.inUse')} />}
                  <Chip size="small" color={p.valid ? 'success' : 'error'} variant="outlined" label={p.shadowed ? t('packs.shadowed') : p.valid ? t('packs.valid') : t('packs.invalid')} />
                </Box>
              }
              secondary={
                <>
                  {t(p.source === 'app' ? 'packs.sourceApp' : 'packs.sourceDataFolder', { id: p.id, dir: p.dir })}
                  {p.problems.map((problem) => (
                    <Box component="span" key={problem} sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.8rem' }}>
                      {problem}
                    </Box>
                  ))}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      <Dialog open={confirming !== null} onClose={() => setConfirming(null)} aria-labelledby="use-pack-title">
        <DialogTitle id="use-pack-title">{t('packs.confirmTitle', { name: confirming?.name ?? confirming?.id ?? '' })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('packs.confirmBody')}</DialogContentText>
          {saveError && <ErrorAlert error={saveError} sx={{ mt: 2 }} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(null)}>{t('app.cancel')}</Button>
          <Button variant="contained" disabled={saving} onClick={() => void confirm()}>
            {t('packs.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
