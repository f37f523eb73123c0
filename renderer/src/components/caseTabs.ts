/**
 * Extra tabs of the case page, after "Violations & evidence". Each area of the case record adds
 * one entry here (its component lives in its own file); the page renders them in this order.
 */
import type { ComponentType } from 'react';
import type { CaseDetail } from '../../../shared/domain';
import type { MessageKey } from '../i18n/t';

export interface CaseTabProps {
  readonly detail: CaseDetail;
  /** Reload the case after a change. */
  readonly reload: () => void;
}

export interface CaseTab {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly Component: ComponentType<CaseTabProps>;
}

export const CASE_TABS: readonly CaseTab[] = [
  // Areas (one line each, e.g. { id: 'parties', labelKey: 'tab.parties', Component: PartiesTab }):
];
