import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { Photo } from '../../../../shared/domain';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { cameraDateLabel } from './PhotoCaption';

interface PhotoViewerDialogProps {
  /** Kept by the caller after closing, so the photo stays on screen while the dialog fades. */
  readonly photo: Photo | null;
  readonly open: boolean;
  readonly onClose: () => void;
}

export function PhotoViewerDialog({ photo, open, onClose }: PhotoViewerDialogProps) {
  return (
    <Dialog open={open && photo !== null} onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="photo-viewer-title">
      {photo && <PhotoViewer photo={photo} onClose={onClose} />}
    </Dialog>
  );
}

function describeCamera(photo: Photo): string | null {
  const camera = [photo.exif.make, photo.exif.model].filter(Boolean).join(' ');
  return camera ? t('photos.camera', { camera }) : null;
}

function describeGps(photo: Photo): string | null {
  const { gpsLatitude: lat, gpsLongitude: lon } = photo.exif;
  return lat !== null && lon !== null ? t('photos.gps', { lat: lat.toFixed(6), lon: lon.toFixed(6) }) : null;
}

function PhotoViewer({ photo, onClose }: { readonly photo: Photo; readonly onClose: () => void }) {
  const image = useApiQuery(`display:${photo.id}`, () => api.getPhotoImage({ photoId: photo.id, variant: 'display' }));
  const facts = [
    cameraDateLabel(photo),
    describeCamera(photo),
    describeGps(photo),
    photo.exif.exifWarning ? t('photos.exifWarning', { warning: photo.exif.exifWarning }) : null,
    photo.cameraDateFlag ? t('photos.dateFlagReason', { reason: photo.cameraDateFlag.reason }) : null,
    photo.cameraDateFlag?.explanation ? t('photos.dateExplained', { explanation: photo.cameraDateFlag.explanation }) : null,
    t('photos.sha', { sha: photo.originalSha256 }),
  ].filter((fact): fact is string => fact !== null);

  return (
    <>
      <DialogTitle id="photo-viewer-title">{photo.originalName}</DialogTitle>
      <DialogContent dividers>
        {image.error && <ErrorAlert error={image.error} />}
        {!image.data && !image.error && <LoadingBlock />}
        {image.data && (
          <Box
            component="img"
            src={`data:${image.data.mediaType};base64,${image.data.dataBase64}`}
            alt={photo.originalName}
            sx={{ display: 'block', maxWidth: '100%', maxHeight: '65vh', mx: 'auto', objectFit: 'contain' }}
          />
        )}
        <Box component="ul" sx={{ m: 0, mt: 2, pl: 2.5 }}>
          {facts.map((fact) => (
            <Typography component="li" variant="body2" key={fact} sx={{ wordBreak: 'break-all' }}>
              {fact}
            </Typography>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('app.close')}
        </Button>
      </DialogActions>
    </>
  );
}
