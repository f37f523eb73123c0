/**
 * Extra tabs of the case page beside "Violations & evidence". Each area of the case record adds
 * one entry here (its component lives in its own file); the page's section list shows them in
 * this order inside their group (CASE_TAB_GROUPS), so ten and more parts stay visible at once.
 */
import type { ComponentType } from 'react';
import type { ChecklistStep } from '../../../../shared/checklists/schema';
import type { CaseDetail } from '../../../../shared/domain';
import type { MessageKey } from '../../i18n/t';
import { InspectionsTab } from '../inspections/InspectionsTab';
import { PartiesTab } from '../parties/PartiesTab';
import { TimelineTab } from './TimelineTab';
import { CostsTab } from '../enforcement/CostsTab';
import { HearingsTab } from '../enforcement/HearingsTab';
import { ReferralsTab } from '../enforcement/ReferralsTab';
import { ServiceTab } from '../enforcement/ServiceTab';
import { PrepareTab } from '../guidance/PrepareTab';
import { ApproachTab } from '../guidance/ApproachTab';

export interface CaseTabProps {
  readonly detail: CaseDetail;
  /** Reload the case after a change. */
  readonly reload: () => void;
  /** Switch the case page to another tab ('evidence' or a tab id here), e.g. where a checklist gap is fixed. */
  readonly onNavigate: (tabId: string, opening?: CaseTabOpening) => void;
  /** What the jump that opened this tab asked it to show (none when opened from the section list). */
  readonly opening?: CaseTabOpening;
}

/** Where a jump lands inside a tab: Prepare opens on `step` (a locked demand's "Open Prepare" → the abatement step). */
export interface CaseTabOpening {
  readonly step?: ChecklistStep;
}

/** Groups of the case page's section list, top to bottom. */
export const CASE_TAB_GROUPS = [
  { id: 'guidance', labelKey: 'case.group.guidance' },
  { id: 'record', labelKey: 'case.group.record' },
  { id: 'enforcement', labelKey: 'case.group.enforcement' },
] as const satisfies readonly { id: string; labelKey: MessageKey }[];
export type CaseTabGroup = (typeof CASE_TAB_GROUPS)[number]['id'];

export interface CaseTab {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly group: CaseTabGroup;
  readonly Component: ComponentType<CaseTabProps>;
}

export const CASE_TABS: readonly CaseTab[] = [
  // Areas (one line each, e.g. { id: 'parties', labelKey: 'tab.parties', group: 'record', Component: PartiesTab }):
  { id: 'parties', labelKey: 'tab.parties', group: 'record', Component: PartiesTab },
  { id: 'inspections', labelKey: 'tab.inspections', group: 'record', Component: InspectionsTab },
  { id: 'timeline', labelKey: 'tab.timeline', group: 'record', Component: TimelineTab },
  { id: 'service', labelKey: 'tab.service', group: 'enforcement', Component: ServiceTab },
  { id: 'hearings', labelKey: 'tab.hearings', group: 'enforcement', Component: HearingsTab },
  { id: 'costs', labelKey: 'tab.costs', group: 'enforcement', Component: CostsTab },
  { id: 'referrals', labelKey: 'tab.referrals', group: 'enforcement', Component: ReferralsTab },
  { id: 'prepare', labelKey: 'tab.prepare', group: 'guidance', Component: PrepareTab },
  { id: 'approach', labelKey: 'tab.approach', group: 'guidance', Component: ApproachTab },
];
