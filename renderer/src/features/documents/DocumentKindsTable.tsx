/**
 * Every kind of document the case can have, with its gate: ready, or locked with the checklist
 * items still missing (getDocumentGates); a kind about the case itself is issued here (asked
 * first, in the language chosen above), a kind about one record (a service attempt, a hearing, a
 * lien, a citation) is issued from that record's tab, where the record is chosen. The notice and
 * the demand keep their own controls (the panel's button, the Costs tab), so they are listed
 * without a button here.
 */
import Lock from '@mui/icons-material/Lock';
import LockOpen from '@mui/icons-material/LockOpen';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { DocumentKindInfo } from '../../../../shared/contracts/documents';
import type { DocumentGate } from '../../../../shared/documentGateTypes';
import type { DocumentKind } from '../../../../shared/domain';
import { t, type MessageKey } from '../../i18n/t';
import { DOCUMENT_LABELS } from './StepDocuments';

/** Where a per-record kind is issued: the tab holding its records. */
const SUBJECT_TAB: Readonly<Record<NonNullable<DocumentKindInfo['subject']>, { tab: string; label: MessageKey }>> = {
  service_attempt: { tab: 'service', label: 'docs.kinds.fromService' },
  hearing: { tab: 'hearings', label: 'docs.kinds.fromHearings' },
  citation: { tab: 'hearings', label: 'docs.kinds.fromHearings' },
  lien: { tab: 'costs', label: 'docs.kinds.fromCosts' },
};

/** Kinds with their own controls elsewhere on the case page. */
const OWN_CONTROLS: ReadonlySet<DocumentKind> = new Set(['notice_of_violation', 'demand_for_payment']);

interface DocumentKindsTableProps {
  readonly kinds: readonly DocumentKindInfo[];
  readonly gates: readonly DocumentGate[];
  readonly busy: boolean;
  readonly onGenerate: (kind: DocumentKind) => void;
  readonly onNavigate: (tabId: string) => void;
}

export function DocumentKindsTable({ kinds, gates, busy, onGenerate, onNavigate }: DocumentKindsTableProps) {
  return (
    <Table size="small" aria-label={t('docs.kinds.label')} sx={{ mt: 2 }}>
      <TableHead>
        <TableRow>
          <TableCell>{t('docs.kinds.document')}</TableCell>
          <TableCell>{t('docs.kinds.gate')}</TableCell>
          <TableCell align="right">{t('docs.kinds.action')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {kinds.map((k) => {
          const gate = gates.find((g) => g.kind === k.kind);
          const locked = gate !== undefined && !gate.unlocked;
          const label = t(DOCUMENT_LABELS[k.kind]);
          return (
            <TableRow key={k.kind}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }} color={locked ? 'text.secondary' : 'success.main'}>
                  {locked ? <Lock fontSize="small" color="warning" aria-hidden /> : <LockOpen fontSize="small" aria-hidden />}
                  {locked
                    ? t('docs.kinds.locked', { step: gate.stepTitle, missing: gate.blockingLeft.map((i) => i.title).join('; ') })
                    : gate
                      ? t('docs.kinds.ready', { step: gate.stepTitle })
                      : t('docs.kinds.ungated')}
                </Typography>
              </TableCell>
              <TableCell align="right">
                {OWN_CONTROLS.has(k.kind) ? null : k.subject ? (
                  <Button size="small" onClick={() => onNavigate(SUBJECT_TAB[k.subject!].tab)}>
                    {t(SUBJECT_TAB[k.subject].label)}
                  </Button>
                ) : (
                  <Button size="small" variant="outlined" disabled={locked || busy} onClick={() => onGenerate(k.kind)}>
                    {t('docs.kinds.generate', { document: label })}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
