import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import WarningAmber from '@mui/icons-material/WarningAmber';
import type { Photo } from '../../../../shared/domain';
import { t } from '../../i18n/t';
import { formatCameraTime } from '../../lib/dates';

/** "Taken 2008-10-22 16:29 (camera)" when EXIF had a date; otherwise says so plainly. */
export function cameraDateLabel(photo: Photo): string {
  const taken = photo.exif.takenAt ? formatCameraTime(photo.exif.takenAt) : null;
  return taken ? t('photos.takenAt', { date: taken }) : t('photos.noCameraDate');
}

export function PhotoCaption({ photo }: { readonly photo: Photo }) {
  const warning = photo.exif.exifWarning;
  const hasDate = Boolean(photo.exif.takenAt && formatCameraTime(photo.exif.takenAt));
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5, mt: 0.5, minWidth: 0 }}>
      <Box sx={{ minWidth: 0, flexGrow: 1 }}>
        <Typography variant="body2" noWrap title={photo.originalName}>
          {photo.originalName}
        </Typography>
        <Typography variant="caption" color={hasDate ? 'textSecondary' : 'warning'} sx={{ display: 'block' }}>
          {cameraDateLabel(photo)}
        </Typography>
      </Box>
      {warning && (
        <Tooltip title={warning}>
          <IconButton size="small" aria-label={t('photos.exifWarning', { warning })} sx={{ color: 'warning.main', p: 0.25 }}>
            <WarningAmber fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </Box>
  );
}
