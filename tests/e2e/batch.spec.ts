/**
 * A sweep from the case list: the clerk ticks two cases, issues notices of violation for both,
 * confirms (issuing is permanent), and sees every case accounted for — the ready one issued with
 * its number, the one whose checklist is not ready refused with the missing items, as a single
 * notice would be.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { callApi, expect, isoDaysFromToday, test } from './fixtures';

const SHOTS = '/tmp/shots-batch';
const PHOTOS = path.resolve(__dirname, '..', 'fixtures', 'photos');

test('a clerk issues notices for the cases ticked in the list', async ({ app, page, request }) => {
  mkdirSync(SHOTS, { recursive: true });
  const today = isoDaysFromToday(0);
  const make = async (address: string, parcelId: string, owner: string) => {
    const c = await callApi<{ id: number; caseNumber: string; owner: { id: number } }>(request, app, 'createCase', {
      property: { address, parcelId },
      owner: { name: owner, kind: 'individual', mailingAddress: `${address}, Model, ST 00000` },
      inspector: 'R. Alvarez',
    });
    const v = await callApi<{ id: number }>(request, app, 'addViolation', {
      caseId: c.id, codeSection: 'IPMC 302.4', description: 'Weeds over 10 inches across the front yard.', correctiveAction: 'Cut the weeds.', complianceDate: isoDaysFromToday(14),
    });
    return { ...c, violationId: v.id };
  };
  const ready = await make('12 Birch Lane', '44-01-100-001', 'Marta Quiñones');
  const locked = await make('14 Birch Lane', '44-01-100-002', 'Paul Becker');
  await callApi(request, app, 'addOwnershipFinding', { caseId: ready.id, source: 'assessor', performedOn: today, finding: 'Owner per the assessor roll', partyId: ready.owner.id });
  await callApi(request, app, 'createInspection', { caseId: ready.id, kind: 'initial', inspectedOn: today, inspector: 'R. Alvarez', entryAuthority: 'public_view' });
  const photo = await callApi<{ id: number }>(request, app, 'importPhoto', { caseId: ready.id, violationId: ready.violationId, fileName: 'DSCN0010.jpg', dataBase64: readFileSync(path.join(PHOTOS, 'DSCN0010.jpg')).toString('base64') });
  await callApi(request, app, 'explainPhotoDate', { photoId: photo.id, explanation: 'Camera clock never set; taken at the initial inspection.' });

  await page.goto(app.url);
  const grid = page.getByRole('grid', { name: 'Cases' });
  for (const c of [ready, locked]) {
    await grid.getByRole('row').filter({ hasText: c.caseNumber }).getByRole('checkbox').check();
  }
  await page.getByRole('button', { name: 'Issue documents for 2 selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Issue a document for 2 case(s)' });
  await expect(dialog.getByRole('combobox', { name: 'Document' })).toHaveText('Notice of violation');
  await page.screenshot({ path: `${SHOTS}/batch-confirm.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Issue for 2 case(s)' }).click();
  await expect(dialog.getByRole('status')).toContainText('1 of 2 issued; 1 refused; 0 not started.');
  const refused = dialog.getByRole('list', { name: 'Refused' });
  await expect(refused).toContainText(locked.caseNumber);
  await expect(refused).toContainText(/cannot be issued yet/);
  await expect(dialog).toContainText(/Issued: NOV-\d{4}-\d{6}/);
  await page.screenshot({ path: `${SHOTS}/batch-result.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /Issue documents for/ })).toHaveCount(0);
});
