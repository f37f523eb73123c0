/**
 * Extra tabs of the case page, after "Violations & evidence". Each area of the case record adds
 * one entry here (its component lives in its own file); the page renders them in this order.
 */
import type { ComponentType } from 'react';
import type { CaseDetail } from '../../../shared/domain';
import type { MessageKey } from '../i18n/t';
import { InspectionsTab } from './InspectionsTab';
import { PartiesTab } from './PartiesTab';
import { TimelineTab } from './TimelineTab';
import { CostsTab } from './CostsTab';
import { HearingsTab } from './HearingsTab';
import { ReferralsTab } from './ReferralsTab';
import { ServiceTab } from './ServiceTab';
import { PrepareTab } from './PrepareTab';
import { ApproachTab } from './ApproachTab';

export interface CaseTabProps {
  readonly detail: CaseDetail;
  /** Reload the case after a change. */
  readonly reload: () => void;
  /** Switch the case page to another tab ('evidence' or a tab id here), e.g. where a checklist gap is fixed. */
  readonly onNavigate: (tabId: string) => void;
}

export interface CaseTab {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly Component: ComponentType<CaseTabProps>;
}

export const CASE_TABS: readonly CaseTab[] = [
  // Areas (one line each, e.g. { id: 'parties', labelKey: 'tab.parties', Component: PartiesTab }):
  { id: 'parties', labelKey: 'tab.parties', Component: PartiesTab },
  { id: 'inspections', labelKey: 'tab.inspections', Component: InspectionsTab },
  { id: 'timeline', labelKey: 'tab.timeline', Component: TimelineTab },
  { id: 'service', labelKey: 'tab.service', Component: ServiceTab },
  { id: 'hearings', labelKey: 'tab.hearings', Component: HearingsTab },
  { id: 'costs', labelKey: 'tab.costs', Component: CostsTab },
  { id: 'referrals', labelKey: 'tab.referrals', Component: ReferralsTab },
  { id: 'prepare', labelKey: 'tab.prepare', Component: PrepareTab },
  { id: 'approach', labelKey: 'tab.approach', Component: ApproachTab },
];
