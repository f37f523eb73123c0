import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import PictureAsPdf from '@mui/icons-material/PictureAsPdf';
import { useState } from 'react';
import type { CaseDetail, DocumentKind, DocumentLanguageChoice, IssuedDocument } from '../../../../shared/domain';
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
import { DocumentKindsTable } from './DocumentKindsTable';
import { DOCUMENT_LABELS } from './StepDocuments';
import { DocumentLanguageSelect } from './DocumentLanguageSelect';
import { IssueConfirmDialog } from './IssueConfirmDialog';
import { currentVersion } from '../../../../shared/documentVersions';
import { useApiQuery } from '../../lib/useApiQuery';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface DocumentsPanelProps {
  readonly detail: CaseDetail;
  readonly onIssued: (document: IssuedDocument) => void;
  /** Switches to the Prepare tab, where a locked notice's missing items are fixed or waived. */
  readonly onOpenPrepare: () => void;
  /** Switches to another tab of the case (where a per-record document is issued). */
  readonly onNavigate: (tabId: string) => void;
}

export function DocumentsPanel({ detail, onIssued, onOpenPrepare, onNavigate }: DocumentsPanelProps) {
  const notify = useNotify();
  const { progress: generating, run } = useProgressJob();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [previewing, setPreviewing] = useState<{ readonly document: IssuedDocument; readonly open: boolean } | null>(null);
  const [savingId, setSavingId] = useState<number | null>(null);
  const hasViolations = detail.violations.length > 0;
  const { lock, reload: reloadGates } = useDocumentLock(detail.id, 'notice_of_violation', detail);
  const options = useApiQuery(`document-options:${detail.id}:${detail.owner.id}`, () => api.getDocumentOptions({ caseId: detail.id }));
  const [language, setLanguage] = useState<DocumentLanguageChoice>('recipient');
  const [confirming, setConfirming] = useState(false);
  // The kind being confirmed from the kinds table (the notice has the panel's own button).
  const [otherKind, setOtherKind] = useState<DocumentKind | null>(null);
  const kinds = useApiQuery('document-kinds', () => api.listDocumentKinds({}));
  const gates = useApiQuery(`documentGates:${detail.id}:panel:${detail.documents.length}`, () => api.getDocumentGates({ caseId: detail.id }));
  const [confirmError, setConfirmError] = useState<AppErrorShape | null>(null);
  // The version the person is looking at when they confirm: named as the one replaced.
  const current = currentVersion(detail.documents, 'notice_of_violation');
  const otherCurrent = otherKind ? currentVersion(detail.documents, otherKind) : null;

  async function generate(kind: DocumentKind, replaces: IssuedDocument | null) {
    setConfirmError(null);
    const result = await run(t('docs.generating'), (jobId) => api.generateDocument({ caseId: detail.id, kind, language, replaces: replaces?.id ?? null }, { jobId }));
    if (!result.ok) {
      setConfirmError(result.error);
      if (result.error.code === 'NOT_READY') {
        reloadGates();
        gates.reload();
      }
      return;
    }
    setConfirming(false);
    setOtherKind(null);
    notify(kind === 'notice_of_violation' ? t('docs.generated', { number: result.value.number }) : t('docs.kinds.generated', { number: result.value.number }));
    onIssued(result.value);
  }

  async function save(document: IssuedDocument, format: 'pdf' | 'docx') {
    setSavingId(document.id);
    setError(null);
    const result = await api.getDocumentFile({ documentId: document.id, format });
    setSavingId(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    saveBlob(pdfBlobFromBase64(result.value.dataBase64, result.value.mediaType), result.value.fileName);
  }

  return (
    <Paper component="section" aria-labelledby="documents-heading" sx={{ p: 2.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography id="documents-heading" variant="h2" sx={{ flexGrow: 1 }}>
          {t('docs.title')}
        </Typography>
        {options.data && <DocumentLanguageSelect id="notice-language" options={options.data} value={language} onChange={setLanguage} disabled={generating !== null} />}
        <Button
          variant="contained"
          startIcon={<PictureAsPdf />}
          onClick={() => {
            setConfirmError(null);
            setConfirming(true);
          }}
          disabled={!hasViolations || lock !== null || generating !== null}
          aria-describedby={lock && hasViolations ? 'documents-locked' : undefined}
        >
          {current ? t('docs.generateNewVersion') : t('docs.generate')}
        </Button>
      </Box>
      {lock && hasViolations && <DocumentLockAlert id="documents-locked" gate={lock} onOpenPrepare={onOpenPrepare} sx={{ mt: 1.5 }} />}
      {!hasViolations && (
        <Typography variant="body2" color="textSecondary" sx={{ mt: 1 }}>
          {t('docs.needViolation')}
        </Typography>
      )}
      {kinds.data && gates.data && (
        <DocumentKindsTable
          kinds={kinds.data}
          gates={gates.data}
          busy={generating !== null}
          onNavigate={onNavigate}
          onGenerate={(kind) => {
            setConfirmError(null);
            setOtherKind(kind);
          }}
        />
      )}
      {error && <ErrorAlert error={error} onClose={() => setError(null)} sx={{ mt: 2 }} />}
      {detail.documents.length === 0 ? (
        <Typography variant="body2" color="textSecondary" sx={{ mt: 2 }}>
          {t('docs.none')}
        </Typography>
      ) : (
        <DocumentTable documents={detail.documents} savingId={savingId} onPreview={(document) => setPreviewing({ document, open: true })} onSave={(d, format) => void save(d, format)} />
      )}
      <IssueConfirmDialog
        open={confirming}
        title={current ? t('docs.confirmNewVersionTitle') : t('docs.confirmTitle')}
        current={current}
        progress={generating}
        progressLabel={t('docs.generating')}
        error={confirmError}
        onClearError={() => setConfirmError(null)}
        confirmLabel={t('docs.confirm')}
        onConfirm={() => void generate('notice_of_violation', current)}
        onCancel={() => setConfirming(false)}
      >
        <Typography>{t('docs.confirmNotice', { count: detail.violations.filter((v) => v.status === 'open').length })}</Typography>
      </IssueConfirmDialog>
      <IssueConfirmDialog
        open={otherKind !== null}
        title={otherKind ? t(otherCurrent ? 'docs.kinds.confirmNewTitle' : 'docs.kinds.confirmTitle', { document: t(DOCUMENT_LABELS[otherKind]).toLowerCase() }) : ''}
        current={otherCurrent}
        progress={generating}
        progressLabel={t('docs.generating')}
        error={confirmError}
        onClearError={() => setConfirmError(null)}
        confirmLabel={t('docs.confirm')}
        onConfirm={() => otherKind && void generate(otherKind, otherCurrent)}
        onCancel={() => setOtherKind(null)}
      />
      <DocumentPreviewDialog
        document={previewing?.document ?? null}
        open={previewing?.open ?? false}
        onClose={() => setPreviewing((prev) => (prev ? { ...prev, open: false } : null))}
      />
    </Paper>
  );
}
