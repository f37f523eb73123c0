import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PictureAsPdf from '@mui/icons-material/PictureAsPdf';
import { useEffect, useRef, useState } from 'react';
import type { CaseDetail, IssuedDocument } from '../../../shared/domain';
import type { AppErrorShape } from '../../../shared/errors';
import { api } from '../api';
import { t } from '../i18n/t';
import { pdfBlobFromBase64, saveBlob } from '../lib/download';
import { newJobId } from '../lib/jobId';
import { useNotify } from '../lib/notify';
import { useApiQuery } from '../lib/useApiQuery';
import { DocumentLockAlert } from './DocumentLockAlert';
import { DocumentPreviewDialog } from './DocumentPreviewDialog';
import { DocumentTable } from './DocumentTable';
import { ErrorAlert } from './ErrorAlert';

interface DocumentsPanelProps {
  readonly detail: CaseDetail;
  readonly onIssued: (document: IssuedDocument) => void;
  /** Switches to the Prepare tab, where a locked notice's missing items are fixed or waived. */
  readonly onOpenPrepare: () => void;
}

interface Generating {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

export function DocumentsPanel({ detail, onIssued, onOpenPrepare }: DocumentsPanelProps) {
  const notify = useNotify();
  const [generating, setGenerating] = useState<Generating | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [previewing, setPreviewing] = useState<{ readonly document: IssuedDocument; readonly open: boolean } | null>(null);
  const [savingId, setSavingId] = useState<number | null>(null);
  const hasViolations = detail.violations.length > 0;
  // The notice's checklist gate; asked again whenever the case reloads (a photo added, a status changed).
  const gates = useApiQuery(`documentGates:${detail.id}`, () => api.getDocumentGates({ caseId: detail.id }));
  const shownFor = useRef(detail);
  const reloadGates = gates.reload;
  useEffect(() => {
    if (shownFor.current === detail) return;
    shownFor.current = detail;
    reloadGates();
  }, [detail, reloadGates]);
  // Unknown (still loading, or the gate could not be read) is not shown as locked: the core refuses a locked notice anyway.
  const lock = gates.data?.find((g) => g.kind === 'notice_of_violation' && !g.unlocked) ?? null;

  async function generate() {
    const jobId = newJobId();
    setError(null);
    setGenerating({ done: 0, total: 0, message: t('docs.generating') });
    const unsubscribe = api.onProgress((event) => {
      if (event.jobId === jobId) setGenerating({ done: event.done, total: event.total, message: event.message });
    });
    try {
      const result = await api.generateNotice({ caseId: detail.id }, { jobId });
      if (!result.ok) {
        setError(result.error);
        if (result.error.code === 'NOT_READY') reloadGates();
        return;
      }
      notify(t('docs.generated', { number: result.value.number }));
      onIssued(result.value);
    } finally {
      unsubscribe();
      setGenerating(null);
    }
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

  const percent = generating && generating.total > 0 ? Math.round((generating.done / generating.total) * 100) : null;

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
      {generating && (
        <Stack spacing={0.5} sx={{ mt: 2 }} role="status">
          <Typography variant="body2">{generating.message}</Typography>
          <LinearProgress
            aria-label={t('docs.generating')}
            variant={percent === null ? 'indeterminate' : 'determinate'}
            value={percent ?? undefined}
          />
        </Stack>
      )}
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
