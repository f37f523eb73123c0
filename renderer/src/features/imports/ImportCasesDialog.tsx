import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/errors';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type ImportPreview, type ImportSummary } from '../../../../shared/searchTypes';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { newJobId } from '../../lib/jobId';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ImportPreviewTable } from './ImportPreviewTable';

interface ImportCasesDialogProps {
  /** `imported` is true when cases were written (the list should reload). */
  readonly onClose: (imported: boolean) => void;
}

const PREVIEW_ROWS = 10;
const NOT_MAPPED = '';

/** Choose file → map columns (pre-filled from the headers) → preview → dry run or import → summary. */
export function ImportCasesDialog({ onClose }: ImportCasesDialogProps) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [source, setSource] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; message: string } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [imported, setImported] = useState(false);

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    const text = await chosen.text();
    setSummary(null);
    setError(null);
    const first = await api.previewCaseImport({ csvText: text, mapping: {}, limit: PREVIEW_ROWS });
    if (!first.ok) {
      setError(first.error);
      return;
    }
    setFile({ name: chosen.name, text });
    setSource(chosen.name.replace(/\.[^.]+$/, ''));
    setMapping(first.value.guessedMapping);
    setPreview(first.value);
  }

  // Re-preview whenever the mapping changes, so the person sees what each choice does.
  useEffect(() => {
    if (!file || Object.keys(mapping).length === 0) return;
    let current = true;
    void api.previewCaseImport({ csvText: file.text, mapping, limit: PREVIEW_ROWS }).then((r) => {
      if (!current) return;
      if (r.ok) setPreview(r.value);
      else setError(r.error);
    });
    return () => {
      current = false;
    };
  }, [file, mapping]);

  async function run(dryRun: boolean) {
    if (!file) return;
    const jobId = newJobId();
    setError(null);
    setSummary(null);
    setProgress({ done: 0, total: 1, message: t('import.running') });
    const unsubscribe = api.onProgress((event) => {
      if (event.jobId === jobId) setProgress({ done: event.done, total: event.total, message: event.message });
    });
    try {
      const result = await api.runCaseImport({ csvText: file.text, mapping, source: source.trim(), dryRun }, { jobId });
      if (!result.ok) setError(result.error);
      else {
        setSummary(result.value);
        if (!dryRun && result.value.created > 0) setImported(true);
      }
    } finally {
      unsubscribe();
      setProgress(null);
    }
  }

  const errorsUrl = useMemo(
    () => (summary?.errorsCsv ? URL.createObjectURL(new Blob([summary.errorsCsv], { type: 'text/csv' })) : null),
    [summary],
  );
  useEffect(() => () => {
    if (errorsUrl) URL.revokeObjectURL(errorsUrl);
  }, [errorsUrl]);

  const setField = (field: ImportField, column: string) =>
    setMapping((prev) => {
      const next = { ...prev };
      if (column === NOT_MAPPED) delete next[field];
      else next[field] = column;
      return next;
    });
  const busy = progress !== null;
  const canRun = Boolean(file && source.trim() && preview && !busy);

  return (
    <Dialog open onClose={() => !busy && onClose(imported)} maxWidth="lg" fullWidth aria-labelledby="import-cases-title">
      <DialogTitle id="import-cases-title">{t('import.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Box>
            <Button component="label" variant="outlined" disabled={busy}>
              {t('import.chooseFile')}
              <input
                type="file"
                accept=".csv,text/csv,text/plain"
                hidden
                aria-label={t('import.chooseFile')}
                onChange={(event) => void choose(event.target.files?.[0])}
              />
            </Button>
            {file && preview && (
              <Typography component="span" sx={{ ml: 2 }}>
                {t('import.file', { name: file.name, rows: preview.totalRows })}
              </Typography>
            )}
          </Box>
          {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
          {file && preview && (
            <>
              <TextField label={t('import.source')} helperText={t('import.sourceHint')} value={source} onChange={(e) => setSource(e.target.value)} size="small" required />
              <Typography variant="h2" sx={{ fontSize: '1rem' }}>
                {t('import.mapping')}
              </Typography>
              <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 1.5 }}>
                {IMPORT_FIELDS.map((field) => (
                  <TextField
                    key={field}
                    select
                    size="small"
                    label={t(`import.field.${field}`)}
                    value={mapping[field] ?? NOT_MAPPED}
                    onChange={(e) => setField(field, e.target.value)}
                  >
                    <MenuItem value={NOT_MAPPED}>{t('import.notMapped')}</MenuItem>
                    {preview.headers.map((h) => (
                      <MenuItem key={h} value={h}>
                        {h}
                      </MenuItem>
                    ))}
                  </TextField>
                ))}
              </Box>
              <ImportPreviewTable preview={preview} />
            </>
          )}
          {progress && (
            <Box>
              <LinearProgress variant="determinate" value={(100 * progress.done) / Math.max(progress.total, 1)} aria-label={t('import.running')} />
              <Typography variant="body2">{progress.message}</Typography>
            </Box>
          )}
          {summary && (
            <Alert severity={summary.rejected > 0 ? 'warning' : 'success'} role="status">
              <Typography>
                {t(summary.dryRun ? 'import.summaryDry' : 'import.summary', {
                  created: summary.created,
                  unchanged: summary.unchanged,
                  rejected: summary.rejected,
                  total: summary.totalRows,
                })}
              </Typography>
              {summary.warnings.length > 0 && (
                <Typography variant="body2">
                  {t('import.warnings', { count: summary.warnings.length, row: summary.warnings[0]!.row, message: summary.warnings[0]!.message })}
                </Typography>
              )}
              {summary.errors.slice(0, 10).map((e, i) => (
                <Typography variant="body2" key={i}>
                  {t('import.problem', { row: e.row, message: e.field ? `${e.field} ${e.message}` : e.message })}
                </Typography>
              ))}
              {errorsUrl && file && (
                <Link href={errorsUrl} download={`${file.name.replace(/\.[^.]+$/, '')}.errors.csv`}>
                  {t('import.downloadErrors')}
                </Link>
              )}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(imported)} disabled={busy}>
          {summary ? t('import.done') : t('app.cancel')}
        </Button>
        <Button onClick={() => void run(true)} disabled={!canRun}>
          {t('import.dryRun')}
        </Button>
        <Button variant="contained" onClick={() => void run(false)} disabled={!canRun}>
          {t('import.run')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
