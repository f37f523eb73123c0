import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import { useState } from 'react';
import type { Inspection } from '../../../../shared/inspectionsTypes';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { AddInspectionDialog } from './AddInspectionDialog';
import type { CaseTabProps } from '../cases/caseTabs';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { InspectionPhotoLink } from './InspectionPhotoLink';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { RecordFindingsDialog } from './RecordFindingsDialog';

function entryText(i: Inspection): string {
  switch (i.entryAuthority) {
    case 'consent':
      return t('inspections.entry.consent', { who: i.consentGivenBy ?? '' });
    case 'administrative_warrant':
      return t('inspections.entry.administrative_warrant', { number: i.warrantNumber ?? '' });
    case 'public_view':
      return t('inspections.entry.public_view');
  }
}

/** The case's inspections, newest first: entry authority, a finding per violation, linked photos. */
export function InspectionsTab({ detail, reload }: CaseTabProps) {
  const query = useApiQuery(`inspections:${detail.id}`, () => api.listInspections({ caseId: detail.id }));
  const [adding, setAdding] = useState(false);
  const [findingsFor, setFindingsFor] = useState<Inspection | null>(null);
  const codeOf = (violationId: number) => detail.violations.find((v) => v.id === violationId)?.codeSection ?? `#${violationId}`;
  const casePhotos = [...detail.violations.flatMap((v) => v.photos), ...detail.unassignedPhotos];
  const linkedIds = new Set((query.data ?? []).flatMap((i) => i.photoIds));
  const unlinked = casePhotos.filter((p) => !linkedIds.has(p.id));
  const photoName = (id: number) => casePhotos.find((p) => p.id === id)?.originalName ?? `#${id}`;

  return (
    <Box component="section" aria-labelledby="inspections-heading">
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5 }}>
        <Typography id="inspections-heading" variant="h2" sx={{ flexGrow: 1 }}>
          {t('inspections.heading')}
        </Typography>
        <Button variant="outlined" startIcon={<Add />} onClick={() => setAdding(true)}>
          {t('inspections.add')}
        </Button>
      </Box>
      {query.error && <ErrorAlert error={query.error} sx={{ mb: 2 }} />}
      {!query.data ? (
        query.error ? null : <LoadingBlock />
      ) : query.data.length === 0 ? (
        <Paper sx={{ p: 3, color: 'text.secondary' }}>{t('inspections.none')}</Paper>
      ) : (
        <Stack component="ul" aria-label={t('inspections.listLabel')} spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {query.data.map((i) => (
            <Paper component="li" key={i.id} sx={{ p: 2.5 }} aria-labelledby={`inspection-${i.id}-heading`}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
                <Typography id={`inspection-${i.id}-heading`} variant="h3" component="h3">
                  {t('inspections.summary', { kind: t(`inspection.kind.${i.kind}`), date: i.inspectedOn, inspector: i.inspector })}
                </Typography>
                <Chip size="small" variant="outlined" label={entryText(i)} />
                {i.photoIds.length > 0 && <Chip size="small" label={t('inspections.photos', { count: i.photoIds.length })} title={t('inspections.photoNames', { names: i.photoIds.map(photoName).join(', ') })} />}
                <Button size="small" sx={{ ml: 'auto' }} onClick={() => setFindingsFor(i)} disabled={detail.violations.length === 0}>
                  {t('inspections.recordFindings')}
                </Button>
              </Box>
              {i.notes && <Typography sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>{i.notes}</Typography>}
              {i.findings.length === 0 ? (
                <Typography variant="body2" color="textSecondary" sx={{ mt: 1 }}>
                  {t('inspections.noFindings')}
                </Typography>
              ) : (
                <Box component="ul" aria-label={t('inspections.findingsLabel', { id: i.id })} sx={{ mt: 1, mb: 0, pl: 2.5 }}>
                  {i.findings.map((f) => (
                    <li key={f.id}>
                      <Typography variant="body2">
                        <Box component="span" sx={{ fontWeight: 600 }}>
                          {codeOf(f.violationId)}:
                        </Box>{' '}
                        {t(`finding.${f.finding}`)}
                        {f.note ? ` — ${f.note}` : ''}
                      </Typography>
                    </li>
                  ))}
                </Box>
              )}
              {i.photoIds.length > 0 && (
                <Typography variant="body2" color="textSecondary" sx={{ mt: 1 }}>
                  {t('inspections.photoNames', { names: i.photoIds.map(photoName).join(', ') })}
                </Typography>
              )}
              <InspectionPhotoLink inspectionId={i.id} unlinked={unlinked} onLinked={query.reload} />
            </Paper>
          ))}
        </Stack>
      )}
      <AddInspectionDialog
        caseId={detail.id}
        defaultInspector={detail.inspector}
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          query.reload();
        }}
      />
      <RecordFindingsDialog
        inspection={findingsFor}
        violations={detail.violations}
        onClose={() => setFindingsFor(null)}
        onSaved={() => {
          setFindingsFor(null);
          query.reload();
          // A corrected finding may have changed a violation's status on the case.
          reload();
        }}
      />
    </Box>
  );
}
