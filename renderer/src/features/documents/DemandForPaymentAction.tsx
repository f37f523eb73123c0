/**
 * "Issue demand for payment" under the ledger: disabled with the service's own reason while
 * nothing can be demanded, and while the abatement step's checklist (the step that guards the
 * demand in the pack) has blocking items left — shown as the notice's lock is, naming them, with
 * "Open Prepare" on that step. Then a confirmation that shows the balance and the pay-by date
 * (issuing is permanent), progress while the letter is made, and the issued PDF in the preview
 * dialog. The new document appears in the case's issued documents once the case reloads.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import RequestQuote from '@mui/icons-material/RequestQuote';
import { useState } from 'react';
import type { ChecklistStep } from '../../../../shared/checklists/schema';
import type { DocumentLanguageChoice, IssuedDocument } from '../../../../shared/domain';
import type { AppErrorShape } from '../../../../shared/errors';
import { formatCents } from '../../../../shared/money';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { useNotify } from '../../lib/notify';
import { useApiQuery } from '../../lib/useApiQuery';
import { useDocumentLock } from './useDocumentLock';
import { useProgressJob } from '../../lib/useProgressJob';
import { DocumentLockAlert } from './DocumentLockAlert';
import { DocumentPreviewDialog } from './DocumentPreviewDialog';
import { IssueConfirmDialog } from './IssueConfirmDialog';
import { DocumentLanguageSelect } from './DocumentLanguageSelect';
import { currentVersion } from '../../../../shared/documentVersions';

interface DemandForPaymentActionProps {
  readonly caseId: number;
  /** Changes whenever the ledger does, so the preview (and the button's reason) follow it. */
  readonly ledgerVersion: string;
  /** Changes whenever the case reloads, so the checklist lock follows fixes made in other tabs. */
  readonly caseVersion: unknown;
  /** The case's issued documents: a current demand is named as the version a new one replaces. */
  readonly documents: readonly IssuedDocument[];
  readonly onIssued: (document: IssuedDocument) => void;
  /** Opens Prepare on the step whose checklist guards the demand. */
  readonly onOpenPrepare: (step: ChecklistStep) => void;
}

export function DemandForPaymentAction({ caseId, ledgerVersion, caseVersion, documents, onIssued, onOpenPrepare }: DemandForPaymentActionProps) {
  const notify = useNotify();
  const preview = useApiQuery(`demand-preview:${caseId}:${ledgerVersion}`, () => api.previewDemandForPayment({ caseId }));
  const [confirming, setConfirming] = useState(false);
  const { progress, run } = useProgressJob();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [issued, setIssued] = useState<{ readonly document: IssuedDocument; readonly open: boolean } | null>(null);
  const { lock, reload: reloadGates } = useDocumentLock(caseId, 'demand_for_payment', caseVersion, ledgerVersion);
  const options = useApiQuery(`document-options:${caseId}`, () => api.getDocumentOptions({ caseId }));
  const [language, setLanguage] = useState<DocumentLanguageChoice>('recipient');
  const current = currentVersion(documents, 'demand_for_payment');
  const ready = preview.data !== undefined && preview.error === undefined && lock === null;
  const describedBy = [lock ? 'demand-locked' : null, preview.error ? 'demand-unavailable' : null].filter(Boolean).join(' ') || undefined;

  async function issue() {
    setError(null);
    const result = await run(t('demand.issuing'), (jobId) => api.generateDocument({ caseId, kind: 'demand_for_payment', language, replaces: current?.id ?? null }, { jobId }));
    if (!result.ok) {
      setError(result.error);
      if (result.error.code === 'NOT_READY') reloadGates();
      return;
    }
    setConfirming(false);
    notify(t('demand.issued', { number: result.value.number }));
    setIssued({ document: result.value, open: true });
    onIssued(result.value);
  }

  return (
    <Box sx={{ mt: 2 }}>
      <Button
        variant="contained"
        startIcon={<RequestQuote />}
        disabled={!ready}
        onClick={() => {
          setError(null);
          setConfirming(true);
        }}
        aria-describedby={describedBy}
      >
        {current ? t('demand.issueNewVersion') : t('demand.issue')}
      </Button>
      {lock && <DocumentLockAlert id="demand-locked" gate={lock} onOpenPrepare={onOpenPrepare} sx={{ mt: 1.5 }} />}
      {preview.error && (
        <Typography id="demand-unavailable" variant="body2" color="textSecondary" sx={{ mt: 1 }}>
          {preview.error.message}
        </Typography>
      )}
      <IssueConfirmDialog
        open={confirming}
        title={t('demand.confirmTitle')}
        current={current}
        progress={progress}
        progressLabel={t('demand.issuing')}
        error={error}
        onClearError={() => setError(null)}
        confirmLabel={t('demand.confirm')}
        confirmDisabled={!ready}
        onConfirm={() => void issue()}
        onCancel={() => setConfirming(false)}
        permanence={t('demand.permanent')}
      >
        {preview.data && (
          <>
            <Typography>{t('demand.confirmBalance', { balance: formatCents(preview.data.balanceCents) })}</Typography>
            <Typography>{t('demand.confirmPayBy', { date: preview.data.payBy, days: preview.data.waitingDays, service: preview.data.serviceCompleteBy })}</Typography>
            <Typography variant="body2" color="textSecondary">
              {t('demand.confirmHow', { explanation: preview.data.explanation })}
            </Typography>
            {options.data && <DocumentLanguageSelect id="demand-language" options={options.data} value={language} onChange={setLanguage} disabled={progress !== null} />}
          </>
        )}
      </IssueConfirmDialog>
      <DocumentPreviewDialog
        document={issued?.document ?? null}
        open={issued?.open ?? false}
        onClose={() => setIssued((prev) => (prev ? { ...prev, open: false } : null))}
      />
    </Box>
  );
}
