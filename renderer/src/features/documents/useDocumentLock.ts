/**
 * Whether the checklist gate still locks one kind of document for a case (the core's
 * getDocumentGates), asked again whenever the case reloads: a photo, a service attempt or a waiver
 * can unlock it. Unknown (still loading, or the gate could not be read) is not shown as locked:
 * the core refuses a locked document anyway.
 */
import { useEffect, useRef } from 'react';
import type { DocumentGate } from '../../../../shared/documentGateTypes';
import { api } from '../../api';
import { useApiQuery } from '../../lib/useApiQuery';

export function useDocumentLock(
  caseId: number,
  kind: DocumentGate['kind'],
  /** Changes whenever the case reloads (the CaseDetail object, or a counter). */
  caseVersion: unknown,
  /** Part of the query key: a new value asks at once (e.g. the ledger changed). */
  refreshKey: string | number = '',
): { readonly lock: DocumentGate | null; readonly reload: () => void } {
  const gates = useApiQuery(`documentGates:${caseId}:${refreshKey}`, () => api.getDocumentGates({ caseId }));
  const reload = gates.reload;
  const shownFor = useRef(caseVersion);
  useEffect(() => {
    if (shownFor.current === caseVersion) return;
    shownFor.current = caseVersion;
    reload();
  }, [caseVersion, reload]);
  return { lock: gates.data?.find((g) => g.kind === kind && !g.unlocked) ?? null, reload };
}
