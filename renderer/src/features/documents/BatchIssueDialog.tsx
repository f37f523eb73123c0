/**
 * Issuing one kind of document for the cases chosen in the case list (a sweep). Asked first (each
 * document issued is permanent), then progress with Cancel — which stops between two documents,
 * so every document is issued whole or not at all — and at the end every case accounted for:
 * issued with its number, refused with the reason a single request would give, or not started.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { DOCUMENT_LANGUAGE_CHOICES, type DocumentBatchResult, type DocumentKind, type DocumentLanguageChoice } from '../../../../shared/domain';
import type { AppErrorShape } from '../../../../shared/errors';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useApiQuery } from '../../lib/useApiQuery';
import { useProgressJob } from '../../lib/useProgressJob';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { JobProgressStatus } from '../../ui/JobProgressStatus';
import { DOCUMENT_LABELS } from './StepDocuments';

interface BatchIssueDialogProps {
  readonly caseIds: readonly number[];
  readonly onClose: (issuedAny: boolean) => void;
}

export function BatchIssueDialog({ caseIds, onClose }: BatchIssueDialogProps) {
  const kinds = useApiQuery('document-kinds', () => api.listDocumentKinds({}));
  // A sweep is for documents about the case itself; a per-record one is issued from its record.
  const offered = (kinds.data ?? []).filter((k) => k.subject === null);
  const [kind, setKind] = useState<DocumentKind>('notice_of_violation');
  const [language, setLanguage] = useState<DocumentLanguageChoice>('recipient');
  const { progress, run } = useProgressJob();
  const jobRef = useRef<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<DocumentBatchResult | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const busy = progress !== null;

  async function start() {
    setError(null);
    const outcome = await run(t('batch.starting'), (jobId) => {
      jobRef.current = jobId;
      return api.generateDocumentBatch({ kind, caseIds: [...caseIds], language }, { jobId });
    });
    jobRef.current = null;
    setCancelling(false);
    if (!outcome.ok) return setError(outcome.error);
    setResult(outcome.value);
  }

  async function cancel() {
    if (!jobRef.current) return;
    setCancelling(true);
    await api.cancelJob({ jobId: jobRef.current });
  }

  return (
    <Dialog open onClose={() => !busy && onClose(result !== null && result.issued.length > 0)} aria-labelledby="batch-title" maxWidth="sm" fullWidth>
      <DialogTitle id="batch-title">{t('batch.title', { count: caseIds.length })}</DialogTitle>
      <DialogContent>
        {result ? (
          <BatchOutcome result={result} />
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select id="batch-kind" label={t('batch.kind')} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)} disabled={busy}>
              {offered.map((k) => (
                <MenuItem key={k.kind} value={k.kind}>
                  {t(DOCUMENT_LABELS[k.kind])}
                </MenuItem>
              ))}
            </TextField>
            <TextField select id="batch-language" label={t('docs.language.label')} value={language} onChange={(e) => setLanguage(e.target.value as DocumentLanguageChoice)} disabled={busy}>
              {DOCUMENT_LANGUAGE_CHOICES.map((c) => (
                <MenuItem key={c} value={c}>
                  {t(`batch.language.${c}`)}
                </MenuItem>
              ))}
            </TextField>
            <Typography variant="body2">{t('batch.explain')}</Typography>
            <Alert severity="warning">{t('batch.permanent')}</Alert>
            {progress && <JobProgressStatus progress={progress} label={t('batch.progress')} />}
            {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {result ? (
          <Button variant="contained" onClick={() => onClose(result.issued.length > 0)}>
            {t('batch.done')}
          </Button>
        ) : busy ? (
          <Button onClick={() => void cancel()} disabled={cancelling}>
            {cancelling ? t('batch.cancelling') : t('batch.cancel')}
          </Button>
        ) : (
          <>
            <Button onClick={() => onClose(false)}>{t('docs.cancel')}</Button>
            <Button variant="contained" onClick={() => void start()} disabled={offered.length === 0}>
              {t('batch.issue', { count: caseIds.length })}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

function BatchOutcome({ result }: { readonly result: DocumentBatchResult }) {
  return (
    <Stack spacing={1.5} role="status">
      <Alert severity={result.failed.length || result.cancelled || result.stoppedBy ? 'warning' : 'success'}>
        {t('batch.summary', { issued: result.issued.length, requested: result.requested, refused: result.failed.length, notStarted: result.notStarted.length })}
      </Alert>
      {result.stoppedBy && <Alert severity="error">{result.stoppedBy.message}</Alert>}
      {result.failed.length > 0 && (
        <>
          <Typography variant="h3">{t('batch.refusedHeading')}</Typography>
          <List dense aria-label={t('batch.refusedHeading')}>
            {result.failed.map((f) => (
              <ListItem key={f.caseId} disableGutters>
                <ListItemText primary={f.caseNumber ?? `#${f.caseId}`} secondary={f.message} />
              </ListItem>
            ))}
          </List>
        </>
      )}
      {result.issued.length > 0 && (
        <Typography variant="body2">{t('batch.issuedNumbers', { numbers: result.issued.map((d) => d.number).join(', ') })}</Typography>
      )}
    </Stack>
  );
}
