import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Divider from '@mui/material/Divider';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import { useState, type FormEvent } from 'react';
import type { Violation, ViolationStatus } from '../../../../shared/domain';
import type { AppErrorShape } from '../../../../shared/errors';
import { FINAL_VIOLATION_STATUSES, VIOLATION_TRANSITIONS } from '../../../../shared/inspectionsTypes';
import { setViolationStatusInput } from '../../../../shared/inspectionsSchemas';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { localIsoDate } from '../../lib/dates';
import { validateForm } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ViolationHistoryDialog } from './ViolationHistoryDialog';

interface ViolationStatusMenuProps {
  readonly violation: Violation;
  readonly onChanged: () => void;
}

/** The status button of a violation card: only the moves the lifecycle allows, each confirmed with a date. */
export function ViolationStatusMenu({ violation, onChanged }: ViolationStatusMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [target, setTarget] = useState<ViolationStatus | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const moves = VIOLATION_TRANSITIONS[violation.status];
  const menuId = `violation-${violation.id}-status-menu`;
  const label = t('violation.changeStatus', { codeSection: violation.codeSection });

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        endIcon={<ArrowDropDown />}
        aria-label={label}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('violation.statusMenu')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {moves.length === 0 && <MenuItem disabled>{t('violation.noMoves')}</MenuItem>}
        {moves.map((status) => (
          <MenuItem
            key={status}
            onClick={() => {
              setAnchor(null);
              setTarget(status);
            }}
          >
            {t(`violation.status.${status}`)}
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setShowHistory(true);
          }}
        >
          {t('violation.history')}
        </MenuItem>
      </Menu>
      <ViolationHistoryDialog violation={violation} open={showHistory} onClose={() => setShowHistory(false)} />
      <Dialog open={target !== null} onClose={() => setTarget(null)} maxWidth="xs" fullWidth aria-labelledby={`${menuId}-dialog`}>
        {target && (
          <StatusForm
            violation={violation}
            status={target}
            titleId={`${menuId}-dialog`}
            onCancel={() => setTarget(null)}
            onDone={() => {
              setTarget(null);
              onChanged();
            }}
          />
        )}
      </Dialog>
    </>
  );
}

interface StatusFormProps {
  readonly violation: Violation;
  readonly status: ViolationStatus;
  readonly titleId: string;
  readonly onCancel: () => void;
  readonly onDone: () => void;
}

function StatusForm({ violation, status, titleId, onCancel, onDone }: StatusFormProps) {
  const notify = useNotify();
  const [effectiveOn, setEffectiveOn] = useState(() => localIsoDate(new Date()));
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  const statusName = t(`violation.status.${status}`);
  const validation = validateForm(setViolationStatusInput, { violationId: violation.id, status, effectiveOn, note }, {
    effectiveOn: t('violation.statusDate'),
    note: t('violation.statusNote'),
  });
  const errors = validation.ok ? {} : validation.errors;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!validation.ok || saving) return;
    setSaving(true);
    setServerError(null);
    const result = await api.setViolationStatus(validation.value);
    setSaving(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    notify(t('violation.statusChanged', { codeSection: violation.codeSection, status: statusName }));
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id={titleId}>{t('violation.statusDialog', { codeSection: violation.codeSection, status: statusName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          {FINAL_VIOLATION_STATUSES.includes(status) && <Alert severity="warning">{t('violation.statusFinal', { status: statusName.toLowerCase() })}</Alert>}
          <TextField
            type="date"
            label={t('violation.statusDate')}
            value={effectiveOn}
            onChange={(e) => setEffectiveOn(e.target.value)}
            error={Boolean(errors.effectiveOn)}
            helperText={errors.effectiveOn}
            required
            autoFocus
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField label={t('violation.statusNote')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} error={Boolean(errors.note)} helperText={errors.note} />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel}>{t('app.cancel')}</Button>
        <Button type="submit" variant="contained" color={FINAL_VIOLATION_STATUSES.includes(status) ? 'warning' : 'primary'} loading={saving} disabled={!validation.ok}>
          {t('violation.statusConfirm', { status: statusName })}
        </Button>
      </DialogActions>
    </form>
  );
}
