/**
 * Area "dashboard": a case with a violation due in 3 days shows in the dashboard's due-this-week list with
 * its current step's readiness, the readiness table has a row per pack step, and the case number
 * links to the case.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots-dashboard';

const isoDaysFromToday = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('the dashboard lists a case due this week and readiness per step', async ({ app, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Property address').fill('22 Quarry Road, Springfield');
  await dialog.getByLabel('Parcel ID').fill('14-22-301-099');
  await dialog.getByLabel('Owner name').fill('Ann Quarry');
  await dialog.getByLabel('Owner mailing address').fill('22 Quarry Road, Springfield');
  await dialog.getByLabel('Inspector').fill('R. Alvarez');
  await dialog.getByLabel('Inspector').press('Enter');
  await expect(dialog).toBeHidden();
  const caseNumber = (await page.getByRole('heading', { level: 1 }).textContent())!;

  await page.getByRole('button', { name: 'Add violation' }).click();
  const violationDialog = page.getByRole('dialog', { name: 'Add violation' });
  await violationDialog.getByLabel('Code section').fill('IPMC 302.4');
  await violationDialog.getByLabel('What is wrong').fill('Weeds over 10 inches.');
  await violationDialog.getByLabel('Corrective action required').fill('Cut the weeds.');
  await violationDialog.getByLabel('Comply by').fill(isoDaysFromToday(3));
  await violationDialog.getByRole('button', { name: 'Add violation' }).click();
  await expect(violationDialog).toBeHidden();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByText(/^1 open cases, as of \d{4}-\d\d-\d\d\.$/)).toBeVisible();
  const readiness = page.getByRole('table', { name: 'Readiness by step' });
  await expect(readiness.getByRole('row')).toHaveCount(7); // header + six steps of model-ipmc
  // A compliance date cannot precede the case's opening, so a new case cannot be overdue yet.
  await expect(page.getByRole('region', { name: /^Overdue/ })).toContainText('No cases.');
  const week = page.getByRole('table', { name: /^Due this week/ });
  const row = week.getByRole('row').filter({ hasText: caseNumber });
  await expect(row).toContainText('22 Quarry Road, Springfield');
  await expect(row).toContainText(isoDaysFromToday(3));
  await expect(row).toContainText(/\d+ %/);
  await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });

  await row.getByRole('link', { name: caseNumber }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(caseNumber);
});
