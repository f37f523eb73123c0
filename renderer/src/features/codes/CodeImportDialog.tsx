import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { CsvFileError, parseCsvTable, type CsvTable } from '../../../../shared/codeCsv';
import type { AppErrorShape } from '../../../../shared/errors';
import { CODE_IMPORT_FIELDS, type CodeImportField, type CodeImportReport, type CodeImportRow } from '../../../../shared/inspectionsTypes';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { saveBlob } from '../../lib/download';
import { useNotify } from '../../lib/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface CodeImportDialogProps {
  readonly open: boolean;
  readonly defaultCodeName: string;
  readonly onClose: () => void;
  readonly onImported: () => void;
}

export function CodeImportDialog({ open, ...rest }: CodeImportDialogProps) {
  return (
    <Dialog open={open} onClose={rest.onClose} maxWidth="md" fullWidth aria-labelledby="code-import-title">
      <ImportSteps {...rest} />
    </Dialog>
  );
}

/** Header words that suggest which field a column holds; the person confirms or changes it. */
const GUESSES: ReadonlyArray<[CodeImportField, RegExp]> = [
  ['label', /label|citation/i],
  ['section', /^(section|sec|section.?(no|number|id))$/i],
  ['title', /title|heading|name$/i],
  ['correctiveAction', /action|remed|correct/i],
  ['text', /^text$|description|summary|body/i],
  ['severity', /severity|class/i],
  ['complianceDays', /days|deadline|comply/i],
  ['codeName', /^code$|code.?name/i],
];

function guessMapping(headers: readonly string[]): Partial<Record<CodeImportField, string>> {
  const mapping: Partial<Record<CodeImportField, string>> = {};
  const used = new Set<string>();
  for (const [field, pattern] of GUESSES) {
    const h = headers.find((x) => !used.has(x) && pattern.test(x));
    if (h) {
      mapping[field] = h;
      used.add(h);
    }
  }
  return mapping;
}

function rowDetails(r: CodeImportRow): string {
  if (r.errors.length > 0) return r.errors.join('; ');
  const changed = Object.keys(r.changes);
  return changed.length ? changed.join(', ') : '';
}

function ImportSteps({ defaultCodeName, onClose, onImported }: Omit<CodeImportDialogProps, 'open'>) {
  const notify = useNotify();
  const fileInput = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<{ name: string; text: string; table: CsvTable } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<CodeImportField, string>>>({});
  const [codeName, setCodeName] = useState(defaultCodeName);
  const [report, setReport] = useState<CodeImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);

  async function chooseFile(picked: File | undefined) {
    if (!picked) return;
    setFileError(null);
    setReport(null);
    const text = await picked.text();
    try {
      const table = parseCsvTable(text);
      setFile({ name: picked.name, text, table });
      setMapping(guessMapping(table.headers));
      setStep(1);
    } catch (err) {
      setFile(null);
      setFileError(err instanceof CsvFileError ? err.message : String(err));
    }
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setServerError(null);
    const result = await api.importCodeSections({ csvText: file.text, mapping, dryRun, defaultCodeName: codeName || undefined });
    setBusy(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    setReport(result.value);
    if (dryRun) {
      setStep(2);
      return;
    }
    const r = result.value;
    notify(t('codeImport.done', { added: r.added, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected }));
    onImported();
  }

  const writable = report ? report.added + report.updated : 0;

  return (
    <>
      <DialogTitle id="code-import-title">{t('codeImport.title')}</DialogTitle>
      <DialogContent>
        <Stepper activeStep={step} sx={{ mb: 2 }}>
          {(['codeImport.step.file', 'codeImport.step.map', 'codeImport.step.preview'] as const).map((k) => (
            <Step key={k}>
              <StepLabel>{t(k)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        <Stack spacing={2}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          {fileError && <Alert severity="error">{fileError}</Alert>}
          {step === 0 && (
            <Box>
              <input
                ref={fileInput}
                type="file"
                accept=".csv,text/csv"
                aria-label={t('codeImport.fileInput')}
                style={{ display: 'none' }}
                onChange={(e) => void chooseFile(e.target.files?.[0])}
              />
              <Button variant="contained" onClick={() => fileInput.current?.click()} autoFocus>
                {t('codeImport.chooseFile')}
              </Button>
            </Box>
          )}
          {step >= 1 && file && (
            <Typography variant="body2" color="textSecondary">
              {t('codeImport.fileSummary', { name: file.name, rows: file.table.records.length, columns: file.table.headers.join(', ') })}
            </Typography>
          )}
          {step === 1 && file && (
            <>
              <Typography variant="body2">{t('codeImport.mapHint')}</Typography>
              <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
                {CODE_IMPORT_FIELDS.map((field) => (
                  <TextField
                    key={field}
                    select
                    label={t(`codeImport.field.${field}`)}
                    value={mapping[field] ?? ''}
                    onChange={(e) => setMapping((prev) => ({ ...prev, [field]: e.target.value === '' ? undefined : e.target.value }))}
                  >
                    <MenuItem value="">{t('codeImport.notMapped')}</MenuItem>
                    {file.table.headers.map((h) => (
                      <MenuItem key={h} value={h}>
                        {h}
                      </MenuItem>
                    ))}
                  </TextField>
                ))}
              </Box>
              <TextField label={t('codeImport.defaultCodeName')} value={codeName} onChange={(e) => setCodeName(e.target.value)} />
            </>
          )}
          {step === 2 && report && (
            <>
              <Alert severity={report.rejected > 0 ? 'warning' : 'info'}>
                {t('codeImport.summary', { added: report.added, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected })}
                {report.emptyRowsSkipped > 0 && ` ${t('codeImport.emptyRows', { count: report.emptyRowsSkipped })}`}
              </Alert>
              <Box sx={{ maxHeight: 360, overflow: 'auto' }}>
                <Table size="small" stickyHeader aria-label={t('codeImport.rowsLabel')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('codeImport.col.row')}</TableCell>
                      <TableCell>{t('codeImport.col.outcome')}</TableCell>
                      <TableCell>{t('codeImport.col.section')}</TableCell>
                      <TableCell>{t('codeImport.col.title')}</TableCell>
                      <TableCell>{t('codeImport.col.errors')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {report.rows.map((r) => (
                      <TableRow key={r.row}>
                        <TableCell>{r.row}</TableCell>
                        <TableCell>
                          <Chip size="small" color={r.outcome === 'rejected' ? 'error' : r.outcome === 'unchanged' ? 'default' : 'success'} label={t(`codeImport.outcome.${r.outcome}`)} />
                        </TableCell>
                        <TableCell>{r.section ?? ''}</TableCell>
                        <TableCell>{r.title ?? ''}</TableCell>
                        <TableCell>{rowDetails(r)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        {step > 0 && (
          <Button onClick={() => setStep(step - 1)} disabled={busy}>
            {t('codeImport.back')}
          </Button>
        )}
        {step === 2 && report && report.rejected > 0 && (
          <Button onClick={() => saveBlob(new Blob([report.errorsCsv], { type: 'text/csv' }), `${file?.name.replace(/\.csv$/i, '') ?? 'codes'}-rejected.csv`)}>
            {t('codeImport.saveErrors')}
          </Button>
        )}
        {step === 1 && (
          <Button variant="contained" onClick={() => void run(true)} loading={busy}>
            {t('codeImport.preview')}
          </Button>
        )}
        {step === 2 && (
          <Button variant="contained" onClick={() => void run(false)} loading={busy} disabled={writable === 0}>
            {t('codeImport.run', { count: writable })}
          </Button>
        )}
      </DialogActions>
    </>
  );
}
