/**
 * Prepare: a clerk picks the Notice of Violation step, sees what is missing, follows "Fix" to the
 * tab where a gap is fixed, waives one item with a reason and watches readiness rise.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots-prepare';

test('a clerk sees missing items, waives one with a reason and readiness rises', async ({ app, page }) => {
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
  const before = Number((await readiness.textContent())!.match(/(\d+)%/)![1]);
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
  await expect(waived.getByText('Waived by', { exact: false })).toContainText('Violation plainly visible from the public sidewalk');
  await expect(readiness).not.toHaveText(new RegExp(`^Readiness ${before}%`));
  const after = Number((await readiness.textContent())!.match(/(\d+)%/)![1]);
  expect(after).toBeGreaterThan(before);
  await page.screenshot({ path: `${SHOTS}/prepare-waived.png`, fullPage: true });

  // Fix takes the clerk to where the gap is fixed.
  await page.getByRole('button', { name: /^Fix: Owner of record/ }).click();
  await expect(page.getByRole('tab', { name: 'Property & parties' })).toHaveAttribute('aria-selected', 'true');
});
