import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import WarningAmber from '@mui/icons-material/WarningAmber';
import { useState } from 'react';
import type { Photo } from '../../../../shared/domain';
import { t } from '../../i18n/t';
import { formatCameraTime } from '../../lib/dates';
import { ExplainPhotoDateDialog } from './ExplainPhotoDateDialog';

/** "Taken 2008-10-22 16:29 (camera)" when EXIF had a date; otherwise says so plainly. */
export function cameraDateLabel(photo: Photo): string {
  const taken = photo.exif.takenAt ? formatCameraTime(photo.exif.takenAt) : null;
  return taken ? t('photos.takenAt', { date: taken }) : t('photos.noCameraDate');
}

interface PhotoCaptionProps {
  readonly photo: Photo;
  /** Set where the photo's record may be added to (the case page): offers to explain a questionable date. */
  readonly onChanged?: (photo: Photo) => void;
}

export function PhotoCaption({ photo, onChanged }: PhotoCaptionProps) {
  const warning = photo.exif.exifWarning;
  const hasDate = Boolean(photo.exif.takenAt && formatCameraTime(photo.exif.takenAt));
  return (
    <Box sx={{ mt: 0.5, minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5, minWidth: 0 }}>
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
      {photo.cameraDateFlag && <CameraDateFlagNote photo={photo} flag={photo.cameraDateFlag} onChanged={onChanged} />}
    </Box>
  );
}

/**
 * The flag the core computed (shared/photoDates.ts), shown as it is: a chip, why, and the recorded
 * explanation or what the missing one costs (the checklist does not count the photo as dated).
 */
function CameraDateFlagNote({ photo, flag, onChanged }: { readonly photo: Photo; readonly flag: NonNullable<Photo['cameraDateFlag']>; readonly onChanged?: (photo: Photo) => void }) {
  const [explaining, setExplaining] = useState(false);
  const explained = flag.explanation !== null;
  return (
    <Box role="group" aria-label={t('photos.dateFlag')} sx={{ mt: 0.75 }}>
      <Chip
        size="small"
        color={explained ? 'default' : 'warning'}
        icon={<WarningAmber />}
        label={t('photos.dateFlag')}
        // The caption is a thumbnail wide: the label wraps rather than being cut to "Camera date qu…".
        sx={{ height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
      />
      <Typography variant="caption" sx={{ display: 'block', mt: 0.5 }}>
        {t('photos.dateFlagReason', { reason: flag.reason })}
      </Typography>
      <Typography variant="caption" color={explained ? 'textSecondary' : 'warning'} sx={{ display: 'block', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {explained ? t('photos.dateExplained', { explanation: flag.explanation! }) : t('photos.dateUnexplained')}
      </Typography>
      {onChanged && (
        <>
          <Button size="small" sx={{ mt: 0.5, px: 0.5 }} onClick={() => setExplaining(true)} aria-label={t('photos.explainDateLabel', { fileName: photo.originalName })}>
            {explained ? t('photos.changeExplanation') : t('photos.explainDate')}
          </Button>
          <ExplainPhotoDateDialog
            open={explaining}
            photo={photo}
            onClose={() => setExplaining(false)}
            onExplained={(updated) => {
              setExplaining(false);
              onChanged(updated);
            }}
          />
        </>
      )}
    </Box>
  );
}
