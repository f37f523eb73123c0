/**
 * The code library page (seeded sections, edit, CSV import with preview and rejected rows) and a
 * case's inspections: a violation drafted from the library, an inspection under consent, a
 * "corrected" finding that moves the violation through the lifecycle, and a final status change
 * that asks for confirmation.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots-inspections';
const PHOTO = path.resolve(__dirname, '..', 'fixtures', 'photos', 'DSCN0010.jpg');
const SYRACUSE = path.resolve(__dirname, '..', 'fixtures', 'csv', 'syracuse_code_sections_excerpt.csv');

async function createCase(page: Page) {
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Property address').fill('77 Orchard Lane, Springfield');
  await dialog.getByLabel('Parcel ID').fill('14-22-301-099');
  await dialog.getByLabel('Owner name').fill('Ada Rivera');
  await dialog.getByLabel('Owner mailing address').fill('77 Orchard Lane, Springfield');
  await dialog.getByLabel('Inspector').fill('R. Alvarez');
  await dialog.getByLabel('Inspector').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^CE-\d{4}-\d{4,}$/);
}

test('the code library lists seeded sections, edits one and imports a city CSV with rejected rows shown', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Code library' }).click();
  await expect(page.getByRole('heading', { name: 'Code library' })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Code sections' });
  await expect(grid.getByRole('row').filter({ hasText: 'Weeds' })).toBeVisible();

  await grid.getByRole('button', { name: 'Edit IPMC 302.4' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit code section IPMC 302.4' });
  await edit.getByLabel('Section title').fill('Weeds and tall grass');
  await edit.getByLabel('Default days to comply').fill('-2');
  await edit.getByRole('button', { name: 'Save section' }).click();
  await expect(edit.getByText('Default days to comply cannot be negative')).toBeVisible();
  await edit.getByLabel('Default days to comply').fill('14');
  await edit.getByRole('button', { name: 'Save section' }).click();
  await expect(edit).toBeHidden();
  await expect(grid.getByRole('row').filter({ hasText: 'Weeds and tall grass' })).toContainText('14');

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import code sections from CSV' });
  await dialog.getByLabel('CSV file of code sections').setInputFiles(SYRACUSE);
  await expect(dialog.getByText(/syracuse_code_sections_excerpt\.csv: 20 row\(s\)/)).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Label (section and title together)' })).toHaveText('code_label');
  await dialog.getByLabel('Code name for rows without one').fill('Syracuse');
  await dialog.getByRole('button', { name: 'Preview (dry run)' }).click();
  await expect(dialog.getByText('Would add 14, update 0, leave 0 unchanged, reject 6.')).toBeVisible();
  const rows = dialog.getByRole('table', { name: 'Import preview rows' });
  await expect(rows.getByRole('row').filter({ hasText: 'Provide Required Permits' })).toContainText('Rejected');
  await expect(rows.getByRole('row').filter({ hasText: '27-72(e)' })).toContainText('Trash & Debris');
  await expect(dialog.getByRole('button', { name: 'Save rejected rows (CSV)' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/code-import-preview.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Import 14 section(s)' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported: 14 added, 0 updated, 0 unchanged, 6 rejected.')).toBeVisible();
  await page.getByLabel('Search sections').fill('Trash');
  await expect(grid.getByRole('row').filter({ hasText: '27-72(e)' })).toBeVisible();
  await page.getByLabel('Search sections').fill('');
  await page.screenshot({ path: `${SHOTS}/code-library.png`, fullPage: true });
});

test('an inspector cites a library section, records a corrected finding and dismisses a violation', async ({ app, page }) => {
  await page.goto(app.url);
  await createCase(page);

  await page.getByRole('button', { name: 'Add violation' }).click();
  const add = page.getByRole('dialog', { name: 'Add violation' });
  await add.getByRole('combobox', { name: 'From the code library (optional)' }).fill('302.4');
  await page.getByRole('option', { name: /IPMC 302\.4 — Weeds/ }).click();
  await expect(add.getByLabel('Code section')).toHaveValue('IPMC 302.4');
  await expect(add.getByLabel('What is wrong')).toHaveValue(/weeds/i);
  await add.getByRole('button', { name: 'Add violation' }).click();
  await expect(add).toBeHidden();
  const weeds = page.getByRole('article', { name: 'IPMC 302.4' });
  await expect(weeds.getByText('Severity: Major')).toBeVisible();
  await weeds.getByLabel('Photo files for IPMC 302.4').setInputFiles(PHOTO);
  await expect(weeds.getByRole('list', { name: 'Photos for IPMC 302.4' }).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Add violation' }).click();
  const manual = page.getByRole('dialog', { name: 'Add violation' });
  await manual.getByLabel('Code section').fill('IPMC 304.7');
  await manual.getByLabel('What is wrong').fill('Gutters detached along the north side.');
  await manual.getByLabel('Corrective action required').fill('Reattach the gutters.');
  await manual.getByRole('button', { name: 'Add violation' }).click();
  await expect(manual).toBeHidden();

  await page.getByRole('tab', { name: 'Inspections' }).click();
  await expect(page.getByText('No inspections recorded yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add inspection' }).click();
  const insp = page.getByRole('dialog', { name: 'Add inspection' });
  await insp.getByRole('combobox', { name: 'Inspection type' }).click();
  await page.getByRole('option', { name: 'Reinspection' }).click();
  await insp.getByRole('combobox', { name: 'Entry authority' }).click();
  await page.getByRole('option', { name: 'Consent' }).click();
  await insp.getByRole('button', { name: 'Save inspection' }).click();
  await expect(insp.getByText('Consent given by entry by consent needs the name of the person who gave it')).toBeVisible();
  await insp.getByLabel('Consent given by').fill('Tenant J. Okafor');
  await insp.getByRole('button', { name: 'Save inspection' }).click();
  await expect(insp).toBeHidden();
  const list = page.getByRole('list', { name: 'Inspections of this case' });
  await expect(list).toContainText(/Reinspection — \d{4}-\d{2}-\d{2}, R\. Alvarez/);
  await expect(list).toContainText('Entry: consent of Tenant J. Okafor');
  await list.getByRole('combobox', { name: /Link a photo taken at inspection/ }).click();
  await page.getByRole('option', { name: 'DSCN0010.jpg' }).click();
  await expect(list).toContainText('Photos: DSCN0010.jpg');
  await expect(list.getByRole('combobox', { name: /Link a photo taken at inspection/ })).toBeHidden();

  await list.getByRole('button', { name: 'Record findings' }).click();
  const findings = page.getByRole('dialog', { name: /Findings — Reinspection, / });
  await findings.getByRole('combobox', { name: 'Finding for IPMC 302.4' }).click();
  await page.getByRole('option', { name: 'Corrected' }).click();
  await findings.getByLabel('Note for IPMC 302.4').fill('Lot mowed, cuttings removed');
  await findings.getByRole('combobox', { name: 'Finding for IPMC 304.7' }).click();
  await page.getByRole('option', { name: 'Present' }).click();
  await findings.getByRole('button', { name: 'Save findings' }).click();
  await expect(findings).toBeHidden();
  await expect(page.getByText('Findings saved; 1 violation(s) marked corrected.')).toBeVisible();
  const found = list.getByRole('list', { name: /Findings of inspection/ });
  await expect(found).toContainText('IPMC 302.4: Corrected — Lot mowed, cuttings removed');
  await expect(found).toContainText('IPMC 304.7: Present');
  await page.screenshot({ path: `${SHOTS}/inspections-tab.png`, fullPage: true });

  await page.getByRole('tab', { name: 'Violations & evidence' }).click();
  await expect(weeds.getByText('Corrected', { exact: true })).toBeVisible();
  const gutters = page.getByRole('article', { name: 'IPMC 304.7' });
  await gutters.getByRole('button', { name: 'Change status of IPMC 304.7' }).click();
  await page.getByRole('menuitem', { name: 'Dismissed' }).click();
  const confirm = page.getByRole('dialog', { name: 'Mark IPMC 304.7 as Dismissed' });
  await expect(confirm.getByText(/This is final: a dismissed violation cannot be reopened/)).toBeVisible();
  await expect(page.getByRole('menu')).toBeHidden();
  await page.waitForTimeout(300); // let the dialog's fade-in finish for the screenshot
  await page.screenshot({ path: `${SHOTS}/status-confirm.png`, fullPage: true });
  await confirm.getByRole('button', { name: 'Mark as Dismissed' }).click();
  await expect(confirm).toBeHidden();
  await expect(gutters.getByText('Dismissed', { exact: true })).toBeVisible();
  await gutters.getByRole('button', { name: 'Change status of IPMC 304.7' }).click();
  await expect(page.getByRole('menuitem', { name: 'No further status changes' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: `${SHOTS}/violations.png`, fullPage: true });

  // The status history: the inspection's correction, and the dismissal, each a row of the dialog.
  await weeds.getByRole('button', { name: 'Change status of IPMC 302.4' }).click();
  await page.getByRole('menuitem', { name: 'History' }).click();
  const weedsHistory = page.getByRole('dialog', { name: 'Status history of IPMC 302.4' });
  const rows = weedsHistory.getByRole('table', { name: 'Status history of IPMC 302.4' }).getByRole('row');
  await expect(rows).toHaveCount(2); // header + one change
  await expect(rows.nth(1)).toContainText(/\d{4}-\d{2}-\d{2}Open → Corrected/);
  await expect(rows.nth(1)).toContainText('Lot mowed, cuttings removed');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/violation-history.png`, fullPage: true });
  await weedsHistory.getByRole('button', { name: 'Close' }).click();
  await expect(weedsHistory).toBeHidden();
  await gutters.getByRole('button', { name: 'Change status of IPMC 304.7' }).click();
  await page.getByRole('menuitem', { name: 'History' }).click();
  const guttersHistory = page.getByRole('dialog', { name: 'Status history of IPMC 304.7' });
  await expect(guttersHistory.getByRole('row').nth(1)).toContainText('Open → Dismissed');
  await page.keyboard.press('Escape');
  await expect(guttersHistory).toBeHidden();
});
