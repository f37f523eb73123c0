import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { AppInfo } from '../../../shared/domain';
import type { AppErrorShape } from '../../../shared/errors';
import { t } from '../i18n/t';
import { ErrorAlert } from '../ui/ErrorAlert';

interface StartupBannerProps {
  readonly info: AppInfo | undefined;
  readonly error: AppErrorShape | undefined;
}

/**
 * What the core found when it opened the evidence store: missing vault files and quarantined
 * leftovers are worth knowing before anyone relies on a case. A failed start shows why.
 */
export function StartupBanner({ info, error }: StartupBannerProps) {
  const missing = info?.startupReport.missingObjects.length ?? 0;
  const quarantined = info?.startupReport.quarantined.length ?? 0;
  if (!error && missing === 0 && quarantined === 0) return null;
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {error && <ErrorAlert error={error} />}
      {missing > 0 && <Alert severity="warning">{t('app.startupMissing', { count: missing })}</Alert>}
      {quarantined > 0 && <Alert severity="info">{t('app.startupQuarantined', { count: quarantined })}</Alert>}
    </Stack>
  );
}
