import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import AddPhotoAlternate from '@mui/icons-material/AddPhotoAlternate';
import { useId, useRef, useState, type DragEvent } from 'react';
import type { Photo } from '../../../../shared/domain';
import { t } from '../../i18n/t';
import { usePhotoUploads } from './usePhotoUploads';
import { UploadStatusList } from './UploadStatusList';

/** What the file chooser offers; the core checks the bytes, whatever the name says. */
export const PHOTO_ACCEPT = 'image/jpeg,image/heic,image/heif,.heic,.heif,.jpg,.jpeg';

interface PhotoDropZoneProps {
  readonly caseId: number;
  readonly violationId: number | null;
  /** Names the target for screen readers, e.g. the violation's code section. */
  readonly targetLabel: string;
  readonly onUploaded: (photo: Photo) => void;
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

export function PhotoDropZone({ caseId, violationId, targetLabel, onUploaded }: PhotoDropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const { items, addFiles, dismissFailed } = usePhotoUploads({ caseId, violationId, onUploaded });

  return (
    <Box>
      <Box
        role="group"
        aria-label={t('photos.zoneLabel', { target: targetLabel })}
        aria-describedby={hintId}
        onDragEnter={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          // Leaving into a child element is not leaving the zone.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void addFiles(Array.from(event.dataTransfer.files));
        }}
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1.5,
          flexWrap: 'wrap',
          px: 2,
          py: 1.5,
          border: '2px dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          bgcolor: dragging ? 'action.hover' : 'transparent',
          borderRadius: 1,
          transition: 'border-color 120ms, background-color 120ms',
        }}
      >
        <AddPhotoAlternate aria-hidden sx={{ color: 'text.secondary' }} />
        <Typography id={hintId} variant="body2" color="textSecondary">
          {t('photos.dropHere')}
        </Typography>
        <Button size="small" variant="outlined" onClick={() => inputRef.current?.click()}>
          {t('photos.choose')}
        </Button>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={PHOTO_ACCEPT}
          hidden
          aria-label={t('photos.inputLabel', { target: targetLabel })}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Cleared so choosing the same file again (after fixing it) fires a change event.
            event.target.value = '';
            void addFiles(files);
          }}
        />
      </Box>
      <UploadStatusList items={items} onDismissFailed={dismissFailed} />
    </Box>
  );
}
