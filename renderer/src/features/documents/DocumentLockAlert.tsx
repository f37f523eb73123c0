/**
 * Why a generate button is disabled by the checklist gate: the step that guards the document and
 * every blocking item it still lacks, on screen (a status alert the button points at with
 * `aria-describedby`), with "Open Prepare" to fix or waive them. Shared by the notice (evidence tab)
 * and the demand for payment (Costs & liens) so a locked document reads the same everywhere.
 */
import Lock from '@mui/icons-material/Lock';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ChecklistStep } from '../../../../shared/checklists/schema';
import type { DocumentGate } from '../../../../shared/documentGateTypes';
import { t } from '../../i18n/t';

interface DocumentLockAlertProps {
  /** The element id the disabled button's `aria-describedby` names. */
  readonly id: string;
  readonly gate: DocumentGate;
  /** Opens Prepare on the step that guards the document. */
  readonly onOpenPrepare: (step: ChecklistStep) => void;
  readonly sx?: SxProps<Theme>;
}

export function DocumentLockAlert({ id, gate, onOpenPrepare, sx }: DocumentLockAlertProps) {
  const count = gate.blockingLeft.length;
  return (
    <Alert
      id={id}
      severity="warning"
      role="status"
      icon={<Lock />}
      sx={sx}
      action={
        <Button color="inherit" size="small" onClick={() => onOpenPrepare(gate.step)}>
          {t('docs.openPrepare')}
        </Button>
      }
    >
      {t(count === 1 ? 'docs.lockedOne' : 'docs.locked', { step: gate.stepTitle, count, items: gate.blockingLeft.map((i) => i.title).join('; ') })}
    </Alert>
  );
}
