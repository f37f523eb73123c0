/** Settings: a simple list of sections, each owning its own data (another area may add its section here). */
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n/t';
import { BackupSettings } from './BackupSettings';
import { PackSettings } from './PackSettings';

export function SettingsPage() {
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t('settings.title')}
      </Typography>
      <PackSettings />
      <BackupSettings />
    </Stack>
  );
}
