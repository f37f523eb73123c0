/**
 * The documents a legal step guards (the pack's `documents` for the step), shown under the
 * Prepare checklist: locked with how many blocking items are left, or unlocked with a button to
 * where the document is generated. Lock state comes from the review on screen, so it moves with
 * every fix, waiver and withdrawal without another round trip; the core refuses a locked
 * document anyway (NOT_READY).
 */
import Lock from '@mui/icons-material/Lock';
import LockOpen from '@mui/icons-material/LockOpen';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ChecklistReview } from '../../../../shared/checklistDecisionsTypes';
import type { DocumentGate } from '../../../../shared/documentGateTypes';
import type { DocumentKind } from '../../../../shared/domain';
import { t, type MessageKey } from '../../i18n/t';

export const DOCUMENT_LABELS: Readonly<Record<DocumentKind, MessageKey>> = {
  notice_of_violation: 'prepare.document.notice_of_violation',
  demand_for_payment: 'prepare.document.demand_for_payment',
  civil_ticket: 'prepare.document.civil_ticket',
  notice_of_hearing: 'prepare.document.notice_of_hearing',
  certificate_of_mailing: 'prepare.document.certificate_of_mailing',
  affidavit_of_service: 'prepare.document.affidavit_of_service',
  affidavit_of_posting: 'prepare.document.affidavit_of_posting',
  statement_of_costs: 'prepare.document.statement_of_costs',
  lien_filing: 'prepare.document.lien_filing',
  lien_release: 'prepare.document.lien_release',
};

/** The case tab where each kind is generated; a kind without one is shown without a button. */
export const DOCUMENT_PLACES: Readonly<Partial<Record<DocumentKind, string>>> = {
  notice_of_violation: 'evidence',
  demand_for_payment: 'costs',
  // A civil ticket is issued with its citation, from the citation form.
  civil_ticket: 'hearings',
};

interface StepDocumentsProps {
  readonly review: ChecklistReview;
  /** Every guarded document of the case (getDocumentGates); only the chosen step's are shown. */
  readonly gates: readonly DocumentGate[];
  readonly onNavigate: (tabId: string) => void;
}

export function StepDocuments({ review, gates, onNavigate }: StepDocumentsProps) {
  const kinds = gates.filter((g) => g.step === review.step).map((g) => g.kind);
  if (kinds.length === 0) return null;
  const left = review.readiness.total - review.readiness.done;
  return (
    <Box component="section" aria-labelledby="step-documents-heading" sx={{ mb: 2 }}>
      <Typography id="step-documents-heading" variant="h3" sx={{ mb: 1 }}>
        {t('prepare.documents')}
      </Typography>
      <Stack spacing={1}>
        {kinds.map((kind) => {
          const label = t(DOCUMENT_LABELS[kind]);
          const place = DOCUMENT_PLACES[kind];
          const headingId = `step-document-${kind}`;
          return (
            <Paper key={kind} component="article" aria-labelledby={headingId} variant="outlined" sx={{ p: 1.5, display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
              {review.ready ? <LockOpen color="success" aria-hidden /> : <Lock color="warning" aria-hidden />}
              <Box sx={{ flexGrow: 1 }}>
                <Typography id={headingId} variant="subtitle1" sx={{ fontWeight: 600 }}>
                  {label}
                </Typography>
                <Typography variant="body2" color={review.ready ? 'success.main' : 'text.secondary'}>
                  {review.ready ? t('prepare.documentUnlocked') : t(left === 1 ? 'prepare.documentLockedOne' : 'prepare.documentLocked', { count: left })}
                </Typography>
              </Box>
              {review.ready && place && (
                <Button variant="contained" onClick={() => onNavigate(place)}>
                  {t('prepare.goToDocument', { document: label })}
                </Button>
              )}
            </Paper>
          );
        })}
      </Stack>
    </Box>
  );
}
