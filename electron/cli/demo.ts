/**
 * `npm run demo`: the two cases of the training curriculum's Module 1 (Ms. Smith's single-family
 * home; the three-unit LLC rental with the broken furnace), with generated photos that carry
 * EXIF dates, GPS and camera fields like a phone's. All names and places are fictional.
 * Each case also gets the property facts, violation severities, ownership research and inspection
 * that make the Approach tab show the curriculum's intended path (Ms. Smith: referral, more time,
 * education; the LLC's rental: abatement, hearing) and the notice step's checklist ready, so
 * "Generate notice of violation" is unlocked. Running it twice adds nothing the second time
 * (parcels already present are skipped).
 */
import type { CreateInspectionInput } from '../../shared/inspectionsSchemas';
import type { OwnershipSource } from '../../shared/partiesTypes';
import type { UpdatePropertyInput } from '../../shared/partiesSchemas';
import type { NewCaseInput, NewViolationInput } from '../../shared/schemas';
import { createInspection } from '../services/inspections/inspectionService';
import { addOwnershipFinding } from '../services/parties/ownershipService';
import { addParty } from '../services/parties/partyService';
import { updateProperty } from '../services/parties/propertyService';
import { findPropertyByParcel } from '../db/queries/cases';
import { addViolation, createCase } from '../services/cases/caseService';
import { addDays } from 'date-fns';
import { localIsoDate, systemClock } from '../services/clock';
import type { Core } from '../services/core';
import { importPhoto } from '../services/evidence/photoIntake';
import { generateSyntheticJpeg, type ExifOrientation } from '../services/imaging/syntheticPhoto';
import type { Output } from './output';

interface DemoPhoto {
  readonly label: string;
  readonly taken: string; // camera local time of day on the inspection date (opening day)
  readonly orientation?: ExifOrientation;
}

interface DemoViolation extends Omit<NewViolationInput, 'caseId' | 'complianceDate'> {
  /** Days after today, so the demo always has deadlines ahead of the notice it issues. */
  readonly complianceDate: number;
  readonly photos: readonly DemoPhoto[];
}

interface DemoCase {
  /** openedOn: days relative to today (the inspection day). */
  readonly input: Omit<NewCaseInput, 'openedOn'> & { readonly openedOn: number };
  readonly gps: { latitude: number; longitude: number };
  /** What the decision matrix reads: property type, occupancy, market. */
  readonly property: Omit<UpdatePropertyInput, 'propertyId'>;
  /** The ownership research done on the inspection day (an authoritative source naming the owner). */
  readonly ownership: { readonly source: OwnershipSource; readonly finding: string };
  /** The inspection of the opening day, with its entry authority. */
  readonly inspection: Omit<CreateInspectionInput, 'caseId' | 'inspectedOn' | 'inspector'>;
  readonly tenants: readonly string[];
  readonly violations: readonly DemoViolation[];
}

const DEMO_CASES: readonly DemoCase[] = [
  {
    input: {
      property: { address: '1418 Maple Street, Model City, ST 40001', parcelId: '07-215-033' },
      owner: { name: 'Dorothy M. Smith', kind: 'individual', mailingAddress: '1418 Maple Street, Model City, ST 40001' },
      inspector: 'Inspector R. Peña',
      openedOn: -3,
    },
    gps: { latitude: 39.96118, longitude: -82.99879 },
    // Module 1, example 1: a widow on a fixed income in her own home, in a weak-market block.
    property: { propertyType: 'single_family', occupancy: 'owner_occupied', marketType: 'weak' },
    ownership: { source: 'assessor', finding: 'The assessor’s roll names Dorothy M. Smith as owner of record (homestead exemption on file).' },
    inspection: { kind: 'complaint', entryAuthority: 'public_view', notes: 'Neighbor’s complaint; every condition seen from the public sidewalk.' },
    tenants: [],
    violations: [
      {
        codeSection: 'IPMC 304.7',
        description: 'Gutters on the front of the house are detached and hanging over the porch steps.',
        correctiveAction: 'Reattach or replace the gutters and downspouts so roof water drains away from the house.',
        complianceDate: 30,
        severity: 'minor',
        photos: [
          { label: 'Front elevation: gutter detached', taken: '10:14:03' },
          { label: 'Close-up: gutter bracket failed', taken: '10:15:41', orientation: 6 },
        ],
      },
      {
        codeSection: 'IPMC 304.13',
        description: 'Two first-floor windows on the east side have broken glass.',
        correctiveAction: 'Replace the broken glazing so each window is weathertight and in sound condition.',
        complianceDate: 30,
        severity: 'minor',
        photos: [{ label: 'East side: two broken windows', taken: '10:19:12' }],
      },
      {
        codeSection: 'IPMC 302.3',
        description: 'The public sidewalk in front of the house is impassable: overgrown and filled with rubbish.',
        correctiveAction: 'Clear the rubbish and cut back the growth so the sidewalk is safe to walk on.',
        complianceDate: 14,
        severity: 'minor',
        photos: [
          { label: 'Sidewalk: overgrowth and rubbish', taken: '10:08:27' },
          { label: 'Sidewalk looking north', taken: '10:09:02' },
        ],
      },
    ],
  },
  {
    input: {
      property: { address: '22 Orchard Avenue (3 units), Model City, ST 40002', parcelId: '11-048-120' },
      owner: {
        name: 'Lakeview Rental Holdings LLC',
        kind: 'organization',
        mailingAddress: '1200 Commerce Parkway, Suite 400, Wilmington, DE 19801',
      },
      inspector: 'Inspector T. Nguyễn',
      openedOn: -1,
    },
    gps: { latitude: 39.97541, longitude: -83.00312 },
    // Module 1, example 2: an out-of-state LLC's three-unit rental, a tenant without heat.
    property: { propertyType: 'multi_unit', unitCount: 3, occupancy: 'tenant_occupied', marketType: 'middle' },
    ownership: { source: 'secretary_of_state', finding: 'Lakeview Rental Holdings LLC: active Delaware LLC, registered agent in Wilmington, DE.' },
    inspection: { kind: 'complaint', entryAuthority: 'consent', consentGivenBy: 'Tenant J. Okafor (unit 2)', notes: 'Tenant’s complaint of no heat; unit 2 inspected with the tenant’s consent.' },
    tenants: ['J. Okafor'],
    violations: [
      {
        codeSection: 'IPMC 602.2',
        description: 'The furnace serving unit 2 does not operate; the unit has no heat (tenant complaint).',
        correctiveAction: 'Repair or replace the furnace so every habitable room can be kept at 68°F; a licensed contractor must do the work.',
        complianceDate: 3,
        severity: 'immediate_hazard',
        photos: [
          { label: 'Unit 2 furnace: no ignition', taken: '14:31:55' },
          { label: 'Unit 2 thermostat: 52°F', taken: '14:33:10' },
        ],
      },
      {
        codeSection: 'IPMC 305.3',
        description: 'Water damage in unit 2: stained and sagging ceiling drywall in the kitchen and bathroom.',
        correctiveAction: 'Find and stop the leak, then repair the ceiling finish so it is clean and in good repair.',
        complianceDate: 30,
        severity: 'major',
        photos: [{ label: 'Unit 2 kitchen ceiling: water damage', taken: '14:40:22' }],
      },
    ],
  },
];

export async function runDemo(core: Core, out: Output): Promise<{ cases: string[]; skipped: string[] }> {
  const actor = 'demo';
  const deps = { db: core.db, vault: core.vault, clock: systemClock, actor };
  const cases: string[] = [];
  const skipped: string[] = [];
  for (const demo of DEMO_CASES) {
    if (findPropertyByParcel(core.db, demo.input.property.parcelId)) {
      skipped.push(demo.input.property.address);
      continue;
    }
    const today = systemClock.now();
    const openedOn = localIsoDate(addDays(today, demo.input.openedOn));
    const detail = createCase(core.db, { ...demo.input, openedOn }, actor, systemClock);
    await recordCaseFacts(deps, demo, detail, openedOn);
    let n = 0;
    for (const v of demo.violations) {
      const { photos, ...fields } = v;
      const complianceDate = localIsoDate(addDays(today, v.complianceDate));
      const violation = addViolation(core.db, { ...fields, complianceDate, caseId: detail.id }, actor, systemClock);
      for (const p of photos) {
        n += 1;
        const bytes = await generateSyntheticJpeg({
          width: 1600,
          height: 1200,
          label: p.label,
          dateTimeOriginal: `${openedOn}T${p.taken}`,
          orientation: p.orientation,
          gps: demo.gps,
          make: 'Apple',
          model: 'iPhone 13',
        });
        await importPhoto(deps, { caseId: detail.id, violationId: violation.id }, { bytes, fileName: `IMG_${4000 + n}.JPG` }, out.progress);
      }
    }
    cases.push(`${detail.caseNumber}  ${detail.property.address}  (${detail.owner.name})`);
  }
  return { cases, skipped };
}

/** Property facts, tenants, the owner's verification and the inspection: what Approach and the notice's checklist read. */
async function recordCaseFacts(
  deps: { readonly db: Core['db']; readonly vault: Core['vault']; readonly clock: typeof systemClock; readonly actor: string },
  demo: DemoCase,
  detail: ReturnType<typeof createCase>,
  openedOn: string,
): Promise<void> {
  const { db, clock, actor } = deps;
  updateProperty(db, { propertyId: detail.property.id, ...demo.property }, actor, clock);
  for (const name of demo.tenants) {
    addParty(db, { caseId: detail.id, role: 'tenant', party: { name, kind: 'individual', mailingAddress: detail.property.address } }, actor, clock);
  }
  await addOwnershipFinding(deps, { caseId: detail.id, source: demo.ownership.source, performedOn: openedOn, finding: demo.ownership.finding, partyId: detail.owner.id }, []);
  createInspection(deps, { ...demo.inspection, caseId: detail.id, inspectedOn: openedOn, inspector: demo.input.inspector });
}
