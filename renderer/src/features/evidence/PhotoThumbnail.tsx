import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Skeleton from '@mui/material/Skeleton';
import BrokenImage from '@mui/icons-material/BrokenImage';
import type { Photo } from '../../../../shared/domain';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { PhotoCaption } from './PhotoCaption';

export const THUMB_SIZE = 160;

interface PhotoThumbnailProps {
  readonly photo: Photo;
  readonly onOpen: (photo: Photo) => void;
  /** See PhotoCaption: offers to explain a questionable camera date. */
  readonly onChanged?: (photo: Photo) => void;
}

export function PhotoThumbnail({ photo, onOpen, onChanged }: PhotoThumbnailProps) {
  const image = useApiQuery(`thumb:${photo.id}`, () => api.getPhotoImage({ photoId: photo.id, variant: 'thumb' }));

  return (
    <Box component="li" sx={{ listStyle: 'none', width: THUMB_SIZE }}>
      <ButtonBase
        onClick={() => onOpen(photo)}
        aria-label={t('photos.open', { fileName: photo.originalName })}
        title={image.error?.message}
        sx={{
          width: THUMB_SIZE,
          height: THUMB_SIZE,
          borderRadius: 1,
          overflow: 'hidden',
          bgcolor: 'grey.100',
          border: '1px solid',
          borderColor: 'divider',
        }}
      >
        {image.data ? (
          <Box
            component="img"
            src={`data:${image.data.mediaType};base64,${image.data.dataBase64}`}
            alt={t('photos.thumbAlt', { fileName: photo.originalName })}
            sx={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
          />
        ) : image.error ? (
          <BrokenImage aria-hidden sx={{ color: 'text.disabled', fontSize: 40 }} />
        ) : (
          <Skeleton variant="rectangular" width={THUMB_SIZE} height={THUMB_SIZE} />
        )}
      </ButtonBase>
      <PhotoCaption photo={photo} onChanged={onChanged} />
    </Box>
  );
}
