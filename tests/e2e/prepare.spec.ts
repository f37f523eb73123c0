/**
 * Prepare: a clerk picks the Notice of Violation step, sees what is missing, follows "Fix" to the
 * tab where a gap is fixed, waives (and withdraws) with a reason, signs off an item and sees the
 * sign-off lapse when its evidence changes, and the notice stays locked — on the Prepare tab and
 * at its Generate button — until the step is ready.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, expect, isoDaysFromToday, openCase, test } from './fixtures';

const SHOTS = '/tmp/shots-prepare';
const PHOTOS = path.resolve(__dirname, '..', 'fixtures', 'photos');

interface Created {
  readonly id: number;
  readonly owner: { readonly id: number };
}

const readinessOf = async (page: Page) => Number((await page.getByText(/^Readiness \d+%/).textContent())!.match(/(\d+)%/)![1]);

test('a clerk sees missing items, waives one with a reason, withdraws it, and readiness follows', async ({ app, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New case' }).click();
  const newCase = page.getByRole('dialog', { name: 'New case' });
  await newCase.getByLabel('Property address').fill('5 Birch Lane, Springfield');
  await newCase.getByLabel('Parcel ID').fill('33-10-200-001');
  await newCase.getByLabel('Owner name').fill('Birch Lane Trust');
  await newCase.getByLabel('Owner mailing address').fill('5 Birch Lane, Springfield');
  await newCase.getByLabel('Inspector').fill('R. Alvarez');
  await newCase.getByLabel('Inspector').press('Enter');
  await expect(newCase).toBeHidden();

  await page.getByRole('tab', { name: 'Prepare' }).click();
  await expect(page.getByRole('combobox', { name: 'Legal step' })).toHaveText('Notice of violation');
  const missing = page.getByRole('region', { name: 'Missing' });
  await expect(missing.getByRole('article', { name: 'Entry authority recorded for every inspection' })).toBeVisible();
  const readiness = page.getByText(/^Readiness \d+%/);
  const before = await readinessOf(page);
  expect(before).toBeLessThan(100);
  await expect(page.getByRole('progressbar', { name: /Readiness/ })).toHaveAttribute('aria-valuenow', String(before));

  // Waive: a blank reason is refused, a real one is recorded.
  await page.getByRole('button', { name: 'Waive: Entry authority recorded for every inspection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Waive "Entry authority recorded for every inspection"' });
  await dialog.getByRole('button', { name: 'Waive item' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/Reason for the waiver/).first()).toBeVisible();
  await dialog.getByLabel('Reason for the waiver').fill('Violation plainly visible from the public sidewalk');
  await dialog.getByRole('button', { name: 'Waive item' }).click();
  await expect(dialog).toBeHidden();

  const waived = page.getByRole('region', { name: 'Waived' });
  const waivedItem = waived.getByRole('article', { name: 'Entry authority recorded for every inspection' });
  await expect(waivedItem.getByText('Waived by', { exact: false })).toContainText('Violation plainly visible from the public sidewalk');
  await expect(readiness).not.toHaveText(new RegExp(`^Readiness ${before}%`));
  const after = await readinessOf(page);
  expect(after).toBeGreaterThan(before);
  await page.screenshot({ path: `${SHOTS}/prepare-waived.png`, fullPage: true });

  // Withdraw (keyboard): the item is missing again and readiness drops back.
  await waivedItem.getByRole('button', { name: 'Withdraw waiver: Entry authority recorded for every inspection' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Waiver withdrawn.')).toBeVisible();
  await expect(missing.getByRole('article', { name: 'Entry authority recorded for every inspection' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Waived' })).toHaveCount(0);
  await expect(readiness).toHaveText(new RegExp(`^Readiness ${before}%`));
  await page.screenshot({ path: `${SHOTS}/prepare-withdrawn.png`, fullPage: true });

  // Fix takes the clerk to where the gap is fixed.
  await page.getByRole('button', { name: /^Fix: Owner of record/ }).click();
  await expect(page.getByRole('tab', { name: 'Property & parties' })).toHaveAttribute('aria-selected', 'true');
});

test('the notice stays locked until its step is ready, then is generated', async ({ app, page, request }) => {
  mkdirSync(SHOTS, { recursive: true });
  const c = await callApi<Created>(request, app, 'createCase', {
    property: { address: '1418 Maple Street, Springfield', parcelId: '07-215-033' },
    owner: { name: 'Dorothy M. Smith', kind: 'individual', mailingAddress: '1418 Maple Street, Springfield' },
    inspector: 'R. Peña',
  });
  await callApi(request, app, 'addViolation', {
    caseId: c.id,
    codeSection: 'IPMC 304.13',
    description: 'Two broken windows on the east side.',
    correctiveAction: 'Replace the broken glazing.',
    complianceDate: isoDaysFromToday(30),
  });
  await openCase(page, app, c.id);

  // Where the notice is generated: disabled, with the reason on screen and a way to Prepare.
  const generate = page.getByRole('button', { name: 'Generate notice of violation' });
  await expect(generate).toBeDisabled();
  const lock = page.getByRole('status').filter({ hasText: 'Locked until' });
  await expect(lock).toContainText(
    'Locked until “Issue a notice of violation” is ready: 3 blocking items left — Owner of record verified recently; Every violation has a dated photo; Entry authority recorded for every inspection.',
  );
  await expect(generate).toHaveAccessibleDescription(/Locked until/);
  await page.screenshot({ path: `${SHOTS}/evidence-locked.png`, fullPage: true });
  await lock.getByRole('button', { name: 'Open Prepare' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Prepare' })).toHaveAttribute('aria-selected', 'true');

  const documents = page.getByRole('region', { name: 'Documents this step unlocks' });
  const notice = documents.getByRole('article', { name: 'Notice of violation' });
  await expect(notice).toContainText('Locked: 3 blocking items left');
  await expect(notice.getByRole('button')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/prepare-locked.png`, fullPage: true });

  // Fix the photo in place: Fix goes to the evidence tab, where the photo is added.
  await page.getByRole('button', { name: 'Fix: Every violation has a dated photo' }).click();
  await expect(page.getByRole('tab', { name: 'Violations & evidence' })).toHaveAttribute('aria-selected', 'true');
  const violation = page.getByRole('article', { name: 'IPMC 304.13' });
  await violation.getByLabel('Photo files for IPMC 304.13').setInputFiles({ name: 'Canon_40D.jpg', mimeType: 'image/jpeg', buffer: readFileSync(path.join(PHOTOS, 'Canon_40D.jpg')) });
  await expect(violation.getByRole('list', { name: 'Photos for IPMC 304.13' }).getByRole('listitem')).toHaveCount(1);
  // Its camera date is 2008, years before the case: it counts once the date is explained.
  await expect(lock).toContainText('3 blocking items left');
  await violation.getByRole('button', { name: 'Explain the camera date of Canon_40D.jpg' }).click();
  const explain = page.getByRole('dialog', { name: 'Explain the camera date of Canon_40D.jpg' });
  await explain.getByRole('textbox', { name: 'Explanation' }).fill('Camera clock never set; taken at the initial inspection.');
  await explain.getByRole('button', { name: 'Record explanation' }).click();
  await expect(explain).toBeHidden();
  await expect(lock).toContainText('2 blocking items left — Owner of record verified recently; Entry authority recorded for every inspection.');
  await expect(generate).toBeDisabled();

  // The owner research and the inspection have their own tabs and specs; recorded here through the core.
  await callApi(request, app, 'addOwnershipFinding', { caseId: c.id, source: 'recorder_deed', performedOn: isoDaysFromToday(0), finding: 'Deed book 123 page 45', partyId: c.owner.id });
  await callApi(request, app, 'createInspection', { caseId: c.id, kind: 'initial', inspectedOn: isoDaysFromToday(0), inspector: 'R. Peña', entryAuthority: 'public_view' });

  await page.getByRole('tab', { name: 'Prepare' }).click();
  await expect(page.getByText(/^Readiness 100%/)).toBeVisible();
  await expect(notice).toContainText('Unlocked: every blocking item is met or waived');
  await page.screenshot({ path: `${SHOTS}/prepare-unlocked.png`, fullPage: true });
  await notice.getByRole('button', { name: 'Go to generate: Notice of violation' }).click();

  await expect(page.getByRole('tab', { name: 'Violations & evidence' })).toHaveAttribute('aria-selected', 'true');
  await expect(generate).toBeEnabled();
  await expect(page.getByText(/Locked until/)).toHaveCount(0);
  await generate.click();
  await page.getByRole('dialog', { name: 'Issue a notice of violation?' }).getByRole('button', { name: 'Issue' }).click();
  const row = page.getByRole('table', { name: 'Issued documents' }).getByRole('row').filter({ hasText: /NOV-\d{4}-\d+/ });
  await expect(row).toHaveCount(1, { timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/evidence-issued.png`, fullPage: true });
});

test('a sign-off shows, and lapses when the evidence behind it changes', async ({ app, page, request }) => {
  mkdirSync(SHOTS, { recursive: true });
  const c = await callApi<Created>(request, app, 'createCase', {
    property: { address: '22 Orchard Avenue, Springfield', parcelId: '11-048-120' },
    owner: { name: 'Lakeview Rental Holdings LLC', kind: 'organization', mailingAddress: '1200 Commerce Parkway, Wilmington, DE 19801' },
    inspector: 'T. Nguyễn',
  });
  await callApi(request, app, 'addViolation', {
    caseId: c.id,
    codeSection: 'IPMC 602.2',
    description: 'The furnace serving unit 2 does not operate.',
    correctiveAction: 'Repair or replace the furnace.',
    complianceDate: isoDaysFromToday(3),
  });
  await openCase(page, app, c.id);
  await page.getByRole('tab', { name: 'Prepare' }).click();

  const met = page.getByRole('region', { name: 'Met' });
  const codes = met.getByRole('article', { name: 'Every violation cites a code section' });
  await codes.getByRole('button', { name: 'Sign off: Every violation cites a code section' }).click();
  await expect(page.getByText('Item signed off.')).toBeVisible();
  await expect(codes.getByText(/^Signed off by e2e on \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeVisible();
  await expect(codes.getByRole('button', { name: /^Sign off/ })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/prepare-signed-off.png`, fullPage: true });

  // A second violation changes what the item relies on: the sign-off lapses (the item is still met).
  await page.getByRole('tab', { name: 'Violations & evidence' }).click();
  await page.getByRole('button', { name: 'Add violation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add violation' });
  await dialog.getByLabel('Code section').fill('IPMC 305.3');
  await dialog.getByLabel('What is wrong').fill('Water damage to the kitchen ceiling of unit 2.');
  await dialog.getByLabel('Corrective action required').fill('Stop the leak and repair the ceiling.');
  await dialog.getByRole('button', { name: 'Add violation' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Prepare' }).click();
  await expect(codes.getByText(/^Sign-off by e2e on .* has lapsed: the evidence changed since\./)).toBeVisible();
  await expect(codes.getByRole('button', { name: 'Sign off: Every violation cites a code section' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/prepare-signoff-lapsed.png`, fullPage: true });
});

test('the Approach tab suggests education and time for Ms. Smith and the firmer path for the LLC, with reasons', async ({ app, page, request }) => {
  mkdirSync(SHOTS, { recursive: true });
  const smith = await callApi<Created & { property: { id: number } }>(request, app, 'createCase', {
    property: { address: '1418 Maple Street, Springfield', parcelId: '07-215-033' },
    owner: { name: 'Dorothy M. Smith', kind: 'individual', mailingAddress: '1418 Maple Street, Springfield' },
    inspector: 'R. Peña',
  });
  await callApi(request, app, 'addViolation', {
    caseId: smith.id, codeSection: 'IPMC 304.7', description: 'Gutters detached.', correctiveAction: 'Reattach the gutters.', complianceDate: isoDaysFromToday(30), severity: 'minor',
  });
  await openCase(page, app, smith.id);

  // The property's facts are recorded where they live: the property details form.
  await page.getByRole('tab', { name: 'Property & parties' }).click();
  for (const [field, option] of [['Property type', 'Single-family'], ['Occupancy', 'Owner-occupied'], ['Market type', 'Weak']] as const) {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  await page.getByRole('button', { name: 'Save property details' }).click();
  await expect(page.getByText('Property details saved.')).toBeVisible();

  // What only the inspector knows: the owner is elderly on a fixed income.
  await page.getByRole('tab', { name: 'Approach' }).click();
  await page.getByRole('checkbox', { name: 'Owner is elderly' }).check();
  await page.getByRole('checkbox', { name: 'Owner has a low or fixed income' }).check();
  const ranked = page.getByRole('list', { name: 'Approaches, best first' });
  await expect(ranked.getByRole('listitem').first()).toHaveAccessibleName('Repair-program or partner referral');
  await expect(ranked.getByRole('listitem', { name: 'Repair-program or partner referral' })).toContainText(
    '+6 The owner may not have the physical or financial capacity to repair: refer to a home-repair grant, aging services or a volunteer program. (Owner-occupant who is elderly, disabled or low-income)',
  );
  await expect(ranked.getByRole('listitem', { name: 'More time to comply' })).toBeVisible();
  const held = page.getByRole('list', { name: 'Held back' });
  await expect(held.getByRole('listitem', { name: 'Lien' })).toContainText('A lien first would put the family');
  await expect(held.getByRole('listitem', { name: 'Civil ticket' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/approach-smith.png`, fullPage: true });

  const llc = await callApi<Created & { property: { id: number } }>(request, app, 'createCase', {
    property: { address: '22 Orchard Avenue, Springfield', parcelId: '11-048-120' },
    owner: { name: 'Lakeview Rental Holdings LLC', kind: 'organization', mailingAddress: '1200 Commerce Parkway, Wilmington, DE 19801' },
    inspector: 'T. Nguyễn',
  });
  await callApi(request, app, 'updateProperty', { propertyId: llc.property.id, propertyType: 'multi_unit', unitCount: 3, occupancy: 'tenant_occupied', marketType: 'middle' });
  await callApi(request, app, 'addViolation', {
    caseId: llc.id, codeSection: 'IPMC 602.2', description: 'No heat in unit 2.', correctiveAction: 'Repair the furnace.', complianceDate: isoDaysFromToday(3), severity: 'major',
  });
  await openCase(page, app, llc.id);
  await page.getByRole('tab', { name: 'Approach' }).click();
  await page.getByRole('checkbox', { name: 'Owner lives out of state' }).check();
  await page.getByRole('checkbox', { name: 'Owner has ignored earlier notices' }).check();
  await expect(ranked.getByRole('listitem').first()).toHaveAccessibleName('Civil ticket');
  await expect(ranked.getByRole('listitem', { name: 'Hearing' })).toBeVisible();
  await expect(ranked.getByRole('listitem', { name: 'Civil ticket' })).toContainText('Notices have been ignored: a civil ticket starts consequences the owner cannot overlook. (Out-of-state owner with a history of ignoring notices)');
  await page.screenshot({ path: `${SHOTS}/approach-llc.png`, fullPage: true });
});

test('the case sections are grouped down the side and reachable with the keyboard alone', async ({ app, page, request }) => {
  const created = await callApi<Created>(request, app, 'createCase', {
    property: { address: '9 Aspen Way, Springfield', parcelId: '44-01-001-009' },
    owner: { name: 'Aspen Way Partners LLC', kind: 'organization', mailingAddress: '9 Aspen Way, Springfield' },
    inspector: 'R. Peña',
  });
  await openCase(page, app, created.id);
  const nav = page.getByRole('tablist', { name: 'Parts of the case record' });
  await expect(nav).toHaveAttribute('aria-orientation', 'vertical');
  for (const group of ['Guidance', 'Case record', 'Enforcement']) await expect(nav.getByText(group, { exact: true })).toBeVisible();
  // Every section is on screen at once (no scrolling tab strip hiding Prepare and Approach).
  for (const name of ['Prepare', 'Approach', 'Violations & evidence', 'Referrals']) await expect(nav.getByRole('tab', { name })).toBeInViewport();

  // One tab stop: the selected section; arrows move, End/Home jump, Enter opens.
  const evidence = nav.getByRole('tab', { name: 'Violations & evidence' });
  await expect(evidence).toHaveAttribute('aria-selected', 'true');
  await evidence.focus();
  await page.keyboard.press('ArrowUp');
  await expect(nav.getByRole('tab', { name: 'Approach' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(nav.getByRole('tab', { name: 'Prepare' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('tab', { name: 'Prepare' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Prepare a legal step' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(nav.getByRole('tab', { name: 'Referrals' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(nav.getByRole('tab', { name: 'Prepare' })).toBeFocused();
  await expect(nav.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
});
