import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import { useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../../shared/domain';
import type { AppErrorShape } from '../../../../shared/errors';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { AddViolationDialog } from '../evidence/AddViolationDialog';
import { CaseHeader } from './CaseHeader';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PhotoGrid } from '../evidence/PhotoGrid';
import { ViolationCard } from '../evidence/ViolationCard';
import { CaseSectionNav, type CaseSectionGroup } from './CaseSectionNav';
import { CASE_TAB_GROUPS, CASE_TABS, type CaseTabOpening } from './caseTabs';

export function CasePage({ caseId }: { readonly caseId: number }) {
  const caseQuery = useApiQuery(`case:${caseId}`, () => api.getCase({ caseId }));
  const detail = caseQuery.data;

  useEffect(() => {
    if (detail) document.title = `${detail.caseNumber} – ${t('app.name')}`;
  }, [detail]);

  if (!detail) {
    return caseQuery.error ? (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <ErrorAlert error={caseQuery.error} />
        <Button onClick={caseQuery.reload}>{t('app.retry')}</Button>
      </Stack>
    ) : (
      <LoadingBlock />
    );
  }
  return <CaseDetailView detail={detail} reload={caseQuery.reload} reloadError={caseQuery.error} />;
}

interface CaseDetailViewProps {
  readonly detail: CaseDetail;
  readonly reload: () => void;
  readonly reloadError: AppErrorShape | undefined;
}

function CaseDetailView({ detail, reload, reloadError }: CaseDetailViewProps) {
  const [tab, setTab] = useState<string>(EVIDENCE_TAB);
  const [opening, setOpening] = useState<CaseTabOpening | undefined>(undefined);
  const extra = CASE_TABS.find((x) => x.id === tab);
  const panelRef = useRef<HTMLDivElement>(null);
  // A jump from inside a section (Fix, Open Prepare) lands keyboard focus on the section it opened,
  // instead of leaving it on a button that no longer exists.
  const navigate = (id: string, to?: CaseTabOpening) => {
    setOpening(to);
    setTab(id);
    requestAnimationFrame(() => panelRef.current?.focus());
  };

  return (
    <Box>
      <CaseHeader detail={detail} />
      {reloadError && <ErrorAlert error={reloadError} sx={{ mb: 2 }} />}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '200px minmax(0, 1fr)' }, gap: 3, alignItems: 'start' }}>
        <CaseSectionNav
          groups={sectionGroups}
          value={tab}
          onChange={(id) => {
            setOpening(undefined);
            setTab(id);
          }}
        />
        <Box ref={panelRef} tabIndex={-1} role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} sx={{ minWidth: 0, outline: 'none' }}>
          {extra ? <extra.Component detail={detail} reload={reload} onNavigate={navigate} opening={opening} /> : <EvidenceTab detail={detail} reload={reload} onNavigate={navigate} />}
        </Box>
      </Box>
    </Box>
  );
}

const EVIDENCE_TAB = 'evidence';

/** The built-in evidence section heads the case record group; every other section comes from CASE_TABS. */
const sectionGroups: readonly CaseSectionGroup[] = CASE_TAB_GROUPS.map((g) => ({
  id: g.id,
  labelKey: g.labelKey,
  sections: [
    ...(g.id === 'record' ? [{ id: EVIDENCE_TAB, label: t('case.tab.evidence') }] : []),
    ...CASE_TABS.filter((x) => x.group === g.id).map((x) => ({ id: x.id, label: t(x.labelKey) })),
  ],
}));

/** The violations, their photos and the issued documents: the first slice's case page. */
function EvidenceTab({ detail, reload, onNavigate }: { readonly detail: CaseDetail; readonly reload: () => void; readonly onNavigate: (tabId: string) => void }) {
  const [addingViolation, setAddingViolation] = useState(false);

  return (
    <Box>

      <Box component="section" aria-labelledby="violations-heading" sx={{ mb: 3 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5 }}>
          <Typography id="violations-heading" variant="h2" sx={{ flexGrow: 1 }}>
            {t('case.violations')}
          </Typography>
          <Button variant="outlined" startIcon={<Add />} onClick={() => setAddingViolation(true)}>
            {t('case.addViolation')}
          </Button>
        </Box>
        {detail.violations.length === 0 ? (
          <Paper sx={{ p: 3, color: 'text.secondary' }}>{t('case.noViolations')}</Paper>
        ) : (
          <Stack spacing={2}>
            {detail.violations.map((violation) => (
              <ViolationCard key={violation.id} violation={violation} onPhotoUploaded={reload} onPhotoChanged={reload} onStatusChanged={reload} />
            ))}
          </Stack>
        )}
      </Box>

      {detail.unassignedPhotos.length > 0 && (
        <Paper component="section" aria-labelledby="unassigned-heading" sx={{ p: 2.5, mb: 3 }}>
          <Typography id="unassigned-heading" variant="h2">
            {t('case.unassignedPhotos')}
          </Typography>
          <PhotoGrid photos={detail.unassignedPhotos} label={t('case.unassignedPhotos')} onPhotoChanged={reload} />
        </Paper>
      )}

      <DocumentsPanel detail={detail} onIssued={reload} onOpenPrepare={() => onNavigate('prepare')} onNavigate={onNavigate} />

      <AddViolationDialog
        caseId={detail.id}
        open={addingViolation}
        onClose={() => setAddingViolation(false)}
        onAdded={() => {
          setAddingViolation(false);
          reload();
        }}
      />
    </Box>
  );
}
