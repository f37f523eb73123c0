/**
 * Demand for payment: with nothing owed the Costs tab says why it cannot issue one; the clerk
 * records an abatement cost and finds the demand locked by the abatement step's checklist, the
 * missing items named on screen; "Open Prepare" lands on the Abatement step, where the two gaps an
 * emergency abatement skips are waived with a reason; the demand unlocks there and at its button;
 * the clerk confirms the balance and pay-by date (issuing is permanent), sees the issued letter in
 * the preview, and finds it in the case's documents and the Service tab's document picker.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { callApi, expect, isoDaysFromToday, openCase, test } from './fixtures';

const SHOTS = '/tmp/shots-demand';
const PHOTOS = path.resolve(__dirname, '..', 'fixtures', 'photos');
const PDF = Buffer.from('%PDF-1.4\n% signed affidavit of personal service\n%%EOF\n').toString('base64');
interface Gate {
  readonly kind: string;
  readonly blockingLeft: readonly { readonly title: string }[];
}
const EMERGENCY = 'Emergency abatement: the building official ordered the open structure secured the same day (imminent hazard).';

test('a clerk bills an abatement and issues the demand for payment', async ({ app, page, request }) => {
  mkdirSync(SHOTS, { recursive: true });
  const c = await callApi<{ id: number; owner: { id: number } }>(request, app, 'createCase', {
    property: { address: '905 Quarry Road, Springfield', parcelId: '31-07-400-012' },
    owner: { name: 'Quarry Road Partners LLC', kind: 'organization', mailingAddress: 'PO Box 77, Dover, DE 19901' },
    inspector: 'R. Alvarez',
  });
  // The record before the abatement, through the core (other specs cover these screens): the owner
  // researched, an inspection from public view with a dated photo, the notice issued and served in person.
  const today = isoDaysFromToday(0);
  const v = await callApi<{ id: number }>(request, app, 'addViolation', {
    caseId: c.id, codeSection: 'IPMC 108.1.1', description: 'Rear door and two windows open to the weather and to entry.', correctiveAction: 'Secure the openings.', complianceDate: isoDaysFromToday(10),
  });
  await callApi(request, app, 'addOwnershipFinding', { caseId: c.id, source: 'secretary_of_state', performedOn: today, finding: 'Delaware LLC in good standing; registered agent on file', partyId: c.owner.id });
  await callApi(request, app, 'createInspection', { caseId: c.id, kind: 'initial', inspectedOn: today, inspector: 'R. Alvarez', entryAuthority: 'public_view' });
  const photo = await callApi<{ id: number }>(request, app, 'importPhoto', { caseId: c.id, violationId: v.id, fileName: 'DSCN0010.jpg', dataBase64: readFileSync(path.join(PHOTOS, 'DSCN0010.jpg')).toString('base64') });
  // Its camera date is 2008: it counts as the case's dated photo once that is explained.
  await callApi(request, app, 'explainPhotoDate', { photoId: photo.id, explanation: 'Camera clock never set; taken at the initial inspection.' });
  const notice = await callApi<{ id: number }>(request, app, 'generateDocument', { caseId: c.id, kind: 'notice_of_violation' });
  await callApi(request, app, 'addServiceAttempt', {
    documentId: notice.id, partyId: c.owner.id, method: 'personal_service', attemptedOn: today, server: 'Officer D. Kim', outcome: 'delivered', proofs: [{ fileName: 'affidavit.pdf', dataBase64: PDF }],
  });
  await openCase(page, app, c.id);

  await page.getByRole('tab', { name: 'Costs & liens' }).click();
  const issue = page.getByRole('button', { name: 'Issue demand for payment' });
  await expect(issue).toBeDisabled();
  await expect(page.getByText(/has no abatement cost or administrative fee on its ledger/)).toBeVisible();
  await expect(issue).toHaveAccessibleDescription(/no abatement cost or administrative fee/);
  await page.screenshot({ path: `${SHOTS}/costs-nothing-owed.png`, fullPage: true });

  await page.getByRole('button', { name: 'Add cost or payment' }).click();
  const entry = page.getByRole('dialog', { name: 'Add a cost or payment' });
  await entry.getByLabel('Amount').fill('1,234.50');
  await entry.getByLabel('Description').fill('Lot mowed and cleared');
  await entry.getByLabel('Contractor').fill('GreenCut LLC');
  await entry.getByRole('button', { name: 'Add cost or payment' }).click();
  await expect(entry).toBeHidden();
  await expect(page.getByText('Balance due $1,234.50')).toBeVisible();

  // Something is owed now, but billing the abatement needs its checklist: locked, the gaps named on screen.
  // Personal service completes the same day, unless today is a weekend or court holiday (then the next
  // business day): what is left is read from the core, and must at least hold the two waiting gaps.
  const gate = (await callApi<Gate[]>(request, app, 'getDocumentGates', { caseId: c.id })).find((g) => g.kind === 'demand_for_payment')!;
  const gaps = gate.blockingLeft.map((i) => i.title);
  expect(gaps).toEqual(expect.arrayContaining(['Compliance period has run out', 'Reinspection after the deadline shows the violation']));
  expect(gaps.filter((g) => g !== 'Notice served on the owner by an allowed method, with proof')).toHaveLength(2);
  const lock = page.getByRole('status').filter({ hasText: 'Locked until' });
  await expect(lock).toContainText(`Locked until “Abate at the owner's cost” is ready: ${gaps.length} blocking items left — ${gaps.join('; ')}.`);
  await expect(issue).toBeDisabled();
  await expect(issue).toHaveAccessibleDescription(/Locked until “Abate at the owner's cost” is ready/);
  await expect(page.getByText(/has no abatement cost or administrative fee/)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/costs-locked.png`, fullPage: true });

  // "Open Prepare" (keyboard) opens Prepare on the step that guards the demand.
  await lock.getByRole('button', { name: 'Open Prepare' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Prepare' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Legal step' })).toHaveText('Abatement');
  const demand = page.getByRole('region', { name: 'Documents this step unlocks' }).getByRole('article', { name: 'Demand for payment' });
  await expect(demand).toContainText(`Locked: ${gaps.length} blocking items left`);
  await expect(demand.getByRole('button')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/prepare-locked.png`, fullPage: true });

  // An emergency abatement does not wait out the compliance period (nor, on a holiday, the next business day): the gaps are waived, with the reason.
  for (const item of gaps) {
    await page.getByRole('button', { name: `Waive: ${item}` }).click();
    const waive = page.getByRole('dialog', { name: `Waive "${item}"` });
    await waive.getByLabel('Reason for the waiver').fill(EMERGENCY);
    await waive.getByRole('button', { name: 'Waive item' }).click();
    await expect(waive).toBeHidden();
    await expect(page.getByRole('region', { name: 'Waived' }).getByRole('article', { name: item })).toBeVisible();
  }
  await expect(demand).toContainText('Unlocked: every blocking item is met or waived');
  await page.screenshot({ path: `${SHOTS}/prepare-unlocked.png`, fullPage: true });
  await demand.getByRole('button', { name: 'Go to generate: Demand for payment' }).click();
  await expect(page.getByRole('tab', { name: 'Costs & liens' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/Locked until/)).toHaveCount(0);

  await expect(issue).toBeEnabled();
  await issue.click();
  const confirm = page.getByRole('dialog', { name: 'Issue a demand for payment?' });
  await expect(confirm.getByText(/balance due of \$1,234\.50/)).toBeVisible();
  await expect(confirm.getByText(/^Pay by \d{4}-\d{2}-\d{2}: 30 days after service is expected to be complete/)).toBeVisible();
  await expect(confirm.getByText(/Issuing is permanent/)).toBeVisible();
  await page.waitForTimeout(300); // let the dialog finish fading in before the screenshot
  await page.screenshot({ path: `${SHOTS}/confirm.png` });
  // Cancel issues nothing.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await issue.click();
  await confirm.getByRole('button', { name: 'Issue demand' }).click();

  const preview = page.getByRole('dialog', { name: /Demand for Payment — 905 Quarry Road, Springfield \(DFP-\d{4}-000001\)/ });
  await expect(preview.locator('iframe[title^="PDF of DFP-"]')).toHaveAttribute('src', /^blob:/);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${SHOTS}/preview.png` });
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/costs.png`, fullPage: true });

  // Listed with the case's documents, and offered for service.
  await page.getByRole('tab', { name: 'Violations & evidence' }).click();
  const documents = page.getByRole('table', { name: 'Issued documents' });
  await expect(documents.getByRole('row', { name: /DFP-\d{4}-000001/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/documents.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Service' }).click();
  await page.getByRole('button', { name: 'Record service attempt' }).click();
  const service = page.getByRole('dialog', { name: 'Record a service attempt' });
  await expect(service.getByRole('combobox', { name: 'Document' })).toContainText(/DFP-\d{4}-000001/);
});
