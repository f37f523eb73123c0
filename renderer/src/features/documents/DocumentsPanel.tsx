import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import PictureAsPdf from '@mui/icons-material/PictureAsPdf';
import { useState } from 'react';
import type { CaseDetail, IssuedDocument } from '../../../../shared/domain';
import type { AppErrorShape } from '../../../../shared/errors';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { pdfBlobFromBase64, saveBlob } from '../../lib/download';
import { useNotify } from '../../lib/notify';
import { useDocumentLock } from './useDocumentLock';
import { useProgressJob } from '../../lib/useProgressJob';
import { DocumentLockAlert } from './DocumentLockAlert';
import { DocumentPreviewDialog } from './DocumentPreviewDialog';
import { DocumentTable } from './DocumentTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { JobProgressStatus } from '../../ui/JobProgressStatus';

interface DocumentsPanelProps {
  readonly detail: CaseDetail;
  readonly onIssued: (document: IssuedDocument) => void;
  /** Switches to the Prepare tab, where a locked notice's missing items are fixed or waived. */
  readonly onOpenPrepare: () => void;
}

export function DocumentsPanel({ detail, onIssued, onOpenPrepare }: DocumentsPanelProps) {
  const notify = useNotify();
  const { progress: generating, run } = useProgressJob();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [previewing, setPreviewing] = useState<{ readonly document: IssuedDocument; readonly open: boolean } | null>(null);
  const [savingId, setSavingId] = useState<number | null>(null);
  const hasViolations = detail.violations.length > 0;
  const { lock, reload: reloadGates } = useDocumentLock(detail.id, 'notice_of_violation', detail);

  async function generate() {
    setError(null);
    const result = await run(t('docs.generating'), (jobId) => api.generateNotice({ caseId: detail.id }, { jobId }));
    if (!result.ok) {
      setError(result.error);
      if (result.error.code === 'NOT_READY') reloadGates();
      return;
    }
    notify(t('docs.generated', { number: result.value.number }));
    onIssued(result.value);
  }

  async function save(document: IssuedDocument) {
    setSavingId(document.id);
    setError(null);
    const result = await api.getDocumentPdf({ documentId: document.id });
    setSavingId(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    saveBlob(pdfBlobFromBase64(result.value.dataBase64), result.value.fileName);
  }

  return (
    <Paper component="section" aria-labelledby="documents-heading" sx={{ p: 2.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography id="documents-heading" variant="h2" sx={{ flexGrow: 1 }}>
          {t('docs.title')}
        </Typography>
        <Button
          variant="contained"
          startIcon={<PictureAsPdf />}
          onClick={() => void generate()}
          disabled={!hasViolations || lock !== null || generating !== null}
          loading={generating !== null}
          loadingPosition="start"
          aria-describedby={lock && hasViolations ? 'documents-locked' : undefined}
        >
          {t('docs.generate')}
        </Button>
      </Box>
      {lock && hasViolations && <DocumentLockAlert id="documents-locked" gate={lock} onOpenPrepare={onOpenPrepare} sx={{ mt: 1.5 }} />}
      {!hasViolations && (
        <Typography variant="body2" color="textSecondary" sx={{ mt: 1 }}>
          {t('docs.needViolation')}
        </Typography>
      )}
      {generating && <JobProgressStatus progress={generating} label={t('docs.generating')} />}
      {error && <ErrorAlert error={error} onClose={() => setError(null)} sx={{ mt: 2 }} />}
      {detail.documents.length === 0 ? (
        <Typography variant="body2" color="textSecondary" sx={{ mt: 2 }}>
          {t('docs.none')}
        </Typography>
      ) : (
        <DocumentTable documents={detail.documents} savingId={savingId} onPreview={(document) => setPreviewing({ document, open: true })} onSave={(d) => void save(d)} />
      )}
      <DocumentPreviewDialog
        document={previewing?.document ?? null}
        open={previewing?.open ?? false}
        onClose={() => setPreviewing((prev) => (prev ? { ...prev, open: false } : null))}
      />
    </Paper>
  );
}
