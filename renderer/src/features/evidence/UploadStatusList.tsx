import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { t, type MessageKey } from '../../i18n/t';
import type { UploadItem } from './usePhotoUploads';

interface UploadStatusListProps {
  readonly items: readonly UploadItem[];
  readonly onDismissFailed: () => void;
}

const PHASE_LABEL = {
  waiting: 'photos.waiting',
  reading: 'photos.reading',
  uploading: 'photos.uploading',
  failed: 'photos.uploading',
} as const satisfies Record<UploadItem['phase'], MessageKey>;

function percent(item: UploadItem): number | null {
  if (!item.progress || item.progress.total <= 0) return null;
  return Math.min(100, Math.round((item.progress.done / item.progress.total) * 100));
}

/** One line per file in flight, with its own bar; failures stay until dismissed. */
export function UploadStatusList({ items, onDismissFailed }: UploadStatusListProps) {
  if (items.length === 0) return null;
  const inFlight = items.filter((i) => i.phase !== 'failed');
  const failed = items.filter((i) => i.phase === 'failed');

  return (
    <Stack spacing={1} sx={{ mt: 1 }} aria-label={t('photos.uploadList')} role="region">
      {inFlight.map((item) => {
        const value = item.phase === 'waiting' ? 0 : percent(item);
        const label = item.progress?.message || t(PHASE_LABEL[item.phase]);
        return (
          <Box key={item.key}>
            <Typography variant="body2" color="textSecondary" noWrap>
              {item.fileName} — {label}
            </Typography>
            <LinearProgress
              aria-label={item.fileName}
              variant={value === null ? 'indeterminate' : 'determinate'}
              value={value ?? undefined}
            />
          </Box>
        );
      })}
      {failed.map((item) => (
        <Alert key={item.key} severity="error" variant="outlined">
          {item.error}
        </Alert>
      ))}
      {failed.length > 0 && (
        <Box>
          <Button size="small" onClick={onDismissFailed}>
            {t('photos.dismiss')}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
