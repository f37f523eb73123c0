import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Photo, Violation } from '../../../shared/domain';
import { t } from '../i18n/t';
import { PhotoDropZone } from './PhotoDropZone';
import { PhotoGrid } from './PhotoGrid';

interface ViolationCardProps {
  readonly violation: Violation;
  readonly onPhotoUploaded: (photo: Photo) => void;
}

export function ViolationCard({ violation, onPhotoUploaded }: ViolationCardProps) {
  const headingId = `violation-${violation.id}-heading`;
  return (
    <Paper component="article" aria-labelledby={headingId} sx={{ p: 2.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="h3" component="h3">
          {violation.codeSection}
        </Typography>
        <Chip size="small" variant="outlined" label={t(`violation.status.${violation.status}`)} />
        <Typography variant="body2" color="textSecondary" sx={{ ml: 'auto' }}>
          {t('violation.complianceOn', { date: violation.complianceDate })}
        </Typography>
      </Box>
      <Typography sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>{violation.description}</Typography>
      <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
        <Box component="span" sx={{ fontWeight: 600 }}>
          {t('violation.correctiveLabel')}
        </Box>{' '}
        {violation.correctiveAction}
      </Typography>
      <Box sx={{ mt: 2 }}>
        <PhotoDropZone
          caseId={violation.caseId}
          violationId={violation.id}
          targetLabel={violation.codeSection}
          onUploaded={onPhotoUploaded}
        />
        <PhotoGrid photos={violation.photos} label={t('photos.gridLabel', { target: violation.codeSection })} />
      </Box>
    </Paper>
  );
}
