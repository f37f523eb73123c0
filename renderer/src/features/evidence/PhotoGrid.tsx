import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Photo } from '../../../../shared/domain';
import { t } from '../../i18n/t';
import { PhotoThumbnail } from './PhotoThumbnail';
import { PhotoViewerDialog } from './PhotoViewerDialog';

interface PhotoGridProps {
  readonly photos: readonly Photo[];
  readonly label: string;
  /** Called with a photo whose record changed (a camera date explained); without it the grid only shows. */
  readonly onPhotoChanged?: (photo: Photo) => void;
}

export function PhotoGrid({ photos, label, onPhotoChanged }: PhotoGridProps) {
  const [opened, setOpened] = useState<{ readonly photo: Photo; readonly open: boolean } | null>(null);
  if (photos.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary" sx={{ mt: 1 }}>
        {t('photos.none')}
      </Typography>
    );
  }
  return (
    <>
      <Box component="ul" aria-label={label} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, p: 0, m: 0, mt: 1.5 }}>
        {photos.map((photo) => (
          <PhotoThumbnail key={photo.id} photo={photo} onOpen={(p) => setOpened({ photo: p, open: true })} onChanged={onPhotoChanged} />
        ))}
      </Box>
      <PhotoViewerDialog
        photo={opened?.photo ?? null}
        open={opened?.open ?? false}
        onClose={() => setOpened((prev) => (prev ? { ...prev, open: false } : null))}
      />
    </>
  );
}
