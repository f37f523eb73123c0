import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { Violation } from '../../../../shared/domain';
import type { AppErrorShape } from '../../../../shared/errors';
import { FINDINGS, type Finding, type Inspection } from '../../../../shared/inspectionsTypes';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useNotify } from '../../lib/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface RecordFindingsDialogProps {
  readonly inspection: Inspection | null;
  readonly violations: readonly Violation[];
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

export function RecordFindingsDialog({ inspection, ...rest }: RecordFindingsDialogProps) {
  return (
    <Dialog open={inspection !== null} onClose={rest.onClose} maxWidth="sm" fullWidth aria-labelledby="record-findings-title">
      {inspection && <FindingsForm inspection={inspection} {...rest} />}
    </Dialog>
  );
}

type Row = { finding: Finding | ''; note: string };

function FindingsForm({ inspection, violations, onClose, onSaved }: Omit<RecordFindingsDialogProps, 'inspection'> & { inspection: Inspection }) {
  const notify = useNotify();
  // Start from the current findings, so saving unchanged rows writes nothing new.
  const [rows, setRows] = useState<Record<number, Row>>(() =>
    Object.fromEntries(
      violations.map((v) => {
        const current = inspection.findings.find((f) => f.violationId === v.id);
        return [v.id, { finding: current?.finding ?? '', note: current?.note ?? '' }];
      }),
    ),
  );
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  const [emptyError, setEmptyError] = useState(false);
  const set = (id: number, patch: Partial<Row>) => setRows((prev) => ({ ...prev, [id]: { ...prev[id]!, ...patch } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const findings = violations.flatMap((v) => {
      const r = rows[v.id]!;
      return r.finding === '' ? [] : [{ violationId: v.id, finding: r.finding, note: r.note }];
    });
    if (findings.length === 0) {
      setEmptyError(true);
      return;
    }
    setSaving(true);
    setServerError(null);
    const result = await api.recordFindings({ inspectionId: inspection.id, findings });
    setSaving(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    const changed = result.value.statusChanges.length;
    notify(changed > 0 ? t('findings.savedWithChanges', { count: changed }) : t('findings.saved'));
    onSaved();
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="record-findings-title">
        {t('findings.dialog', { kind: t(`inspection.kind.${inspection.kind}`), date: inspection.inspectedOn })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          {emptyError && <Alert severity="warning">{t('findings.nothing')}</Alert>}
          <Alert severity="info">{t('findings.correctedHint')}</Alert>
          {violations.map((v, i) => (
            <Stack key={v.id} direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
              <TextField
                select
                label={t('findings.for', { codeSection: v.codeSection })}
                value={rows[v.id]!.finding}
                onChange={(e) => {
                  setEmptyError(false);
                  set(v.id, { finding: e.target.value as Finding | '' });
                }}
                sx={{ minWidth: 240 }}
                autoFocus={i === 0}
              >
                <MenuItem value="">{t('finding.none')}</MenuItem>
                {FINDINGS.map((f) => (
                  <MenuItem key={f} value={f}>
                    {t(`finding.${f}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField label={t('findings.note', { codeSection: v.codeSection })} value={rows[v.id]!.note} onChange={(e) => set(v.id, { note: e.target.value })} fullWidth />
            </Stack>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" loading={saving}>
          {t('findings.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
