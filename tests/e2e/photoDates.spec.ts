/**
 * A photo whose camera date is years before the case (DSCN0010.jpg, taken in 2008) is flagged on the
 * case page with the reason, keeps the notice locked as "no dated photo", and counts once the
 * inspector records why the date is what it is — all from the keyboard.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { callApi, expect, isoDaysFromToday, openCase, test } from './fixtures';

const SHOTS = '/tmp/shots-photodates';
const PHOTOS = path.resolve(__dirname, '..', 'fixtures', 'photos');

test('a 2008 camera date is flagged, blocks the dated-photo item, and counts once explained', async ({ app, page, request }) => {
  mkdirSync(SHOTS, { recursive: true });
  const today = isoDaysFromToday(0);
  const c = await callApi<{ id: number; owner: { id: number } }>(request, app, 'createCase', {
    property: { address: '77 Elm Court, Springfield', parcelId: '21-04-100-077' },
    owner: { name: 'Elm Court Holdings LLC', kind: 'organization', mailingAddress: 'PO Box 12, Springfield' },
    inspector: 'R. Alvarez',
  });
  await callApi(request, app, 'addViolation', { caseId: c.id, codeSection: 'IPMC 304.13', description: 'Two broken windows.', correctiveAction: 'Replace the glazing.', complianceDate: isoDaysFromToday(30) });
  // The other items of the notice's checklist have their own specs; recorded through the core.
  await callApi(request, app, 'addOwnershipFinding', { caseId: c.id, source: 'recorder_deed', performedOn: today, finding: 'Deed book 9 page 4', partyId: c.owner.id });
  await callApi(request, app, 'createInspection', { caseId: c.id, kind: 'initial', inspectedOn: today, inspector: 'R. Alvarez', entryAuthority: 'public_view' });
  await openCase(page, app, c.id);

  const violation = page.getByRole('article', { name: 'IPMC 304.13' });
  await violation.getByLabel('Photo files for IPMC 304.13').setInputFiles({ name: 'DSCN0010.jpg', mimeType: 'image/jpeg', buffer: readFileSync(path.join(PHOTOS, 'DSCN0010.jpg')) });
  const item = violation.getByRole('list', { name: 'Photos for IPMC 304.13' }).getByRole('listitem').filter({ hasText: 'DSCN0010.jpg' });
  const flag = item.getByRole('group', { name: 'Camera date questionable' });
  await expect(flag).toBeVisible();
  await expect(flag).toContainText(new RegExp(`Why: camera date 2008-10-22 is 1[78] years before the case was opened on ${today}\\.`));
  await expect(flag).toContainText('Not counted as a dated photo until the date is explained.');
  const lock = page.getByRole('status').filter({ hasText: 'Locked until' });
  await expect(lock).toContainText('1 blocking item left — Every violation has a dated photo.');
  await expect(page.getByRole('button', { name: 'Generate notice of violation' })).toBeDisabled();
  await violation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/flagged.png`, fullPage: true });

  // Keyboard only: the button opens the dialog, the field has focus, Ctrl+Enter submits.
  await flag.getByRole('button', { name: 'Explain the camera date of DSCN0010.jpg' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Explain the camera date of DSCN0010.jpg' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Why: camera date 2008-10-22 is');
  const field = dialog.getByRole('textbox', { name: 'Explanation' });
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByText('Explanation is required')).toBeVisible();
  await field.fill('Camera clock never set; photographed at the initial inspection.');
  await page.screenshot({ path: `${SHOTS}/dialog.png` });
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Explanation recorded.')).toBeVisible();

  await expect(flag).toContainText('Explained: Camera clock never set; photographed at the initial inspection.');
  await expect(flag.getByRole('button', { name: 'Explain the camera date of DSCN0010.jpg' })).toHaveText('Change the explanation…');
  await expect(page.getByText(/^Locked until/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Generate notice of violation' })).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/explained.png`, fullPage: true });
});
