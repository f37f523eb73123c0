import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Photo, Violation } from '../../../../shared/domain';
import { t } from '../../i18n/t';
import { PhotoDropZone } from './PhotoDropZone';
import { PhotoGrid } from './PhotoGrid';
import { ViolationStatusMenu } from './ViolationStatusMenu';

interface ViolationCardProps {
  readonly violation: Violation;
  readonly onPhotoUploaded: (photo: Photo) => void;
  /** A photo's record changed (its camera date explained). */
  readonly onPhotoChanged?: (photo: Photo) => void;
  /** When set, the card offers the lifecycle's status changes (area "inspections"). */
  readonly onStatusChanged?: () => void;
}

export function ViolationCard({ violation, onPhotoUploaded, onPhotoChanged, onStatusChanged }: ViolationCardProps) {
  const headingId = `violation-${violation.id}-heading`;
  return (
    <Paper component="article" aria-labelledby={headingId} sx={{ p: 2.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="h3" component="h3">
          {violation.codeSection}
        </Typography>
        <Chip size="small" variant="outlined" label={t(`violation.status.${violation.status}`)} />
        {violation.severity && (
          <Chip size="small" color={violation.severity === 'immediate_hazard' ? 'error' : 'default'} label={t('violation.severityLabel', { severity: t(`severity.${violation.severity}`) })} />
        )}
        {violation.statusOn && (
          <Typography variant="body2" color="textSecondary">
            {t('violation.statusOn', { date: violation.statusOn })}
          </Typography>
        )}
        {onStatusChanged && <ViolationStatusMenu violation={violation} onChanged={onStatusChanged} />}
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
        <PhotoGrid photos={violation.photos} label={t('photos.gridLabel', { target: violation.codeSection })} onPhotoChanged={onPhotoChanged} />
      </Box>
    </Paper>
  );
}
