/**
 * Area "search": import cases from a CSV export through the dialog, find them with search and
 * filters in the case list grid, then read an imported case's timeline and add a note.
 */
import path from 'node:path';
import { expect, test } from './fixtures';

const fixture = path.resolve(__dirname, '..', 'fixtures', 'csv', 'syracuse-doce-excerpt.csv');
const SHOTS = '/tmp/shots-search';

test('a clerk imports an old system’s export, filters the list and reads a case timeline', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await page.getByRole('button', { name: 'Import cases…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import cases from a CSV export' });
  await dialog.getByLabel('Choose CSV file').setInputFiles(fixture);
  await expect(dialog.getByText('File: syracuse-doce-excerpt.csv (36 rows)')).toBeVisible();
  // Columns were matched from the header names.
  await expect(dialog.getByRole('combobox', { name: 'Case number in the old system' })).toHaveText('Complaint..');
  await expect(dialog.getByRole('combobox', { name: 'Parcel ID' })).toHaveText('Identifier');
  const preview = dialog.getByRole('table', { name: 'Import preview' });
  await expect(preview.getByRole('row').filter({ hasText: '2011-01166' }).first()).toContainText('122-24 Fage Ave');
  await dialog.getByLabel('Source system').fill('Syracuse DOCE');
  await page.screenshot({ path: `${SHOTS}/import-mapping.png`, fullPage: true });

  await dialog.getByRole('button', { name: 'Dry run' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Dry run — nothing was saved: \d+ case\(s\) would be created, 0 already imported, 0 row\(s\) rejected, of 36 rows/);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(/^\d+ case\(s\) created, 0 already imported, 0 row\(s\) rejected, of 36 rows/);
  await page.screenshot({ path: `${SHOTS}/import-summary.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  const grid = page.getByRole('grid', { name: 'Cases' });
  await expect(grid.getByRole('row').filter({ hasText: /CE-2012-/ }).first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search cases' }).fill('Wilkinson');
  await expect(grid.getByRole('row').filter({ hasText: /CE-/ })).toHaveCount(1);
  await expect(grid).toContainText('516 Wilkinson St');
  await page.getByRole('searchbox', { name: 'Search cases' }).fill('');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Open' }).click();
  await expect(page.getByText('No case matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  // Sorting happens in the core: oldest first by the opened date.
  await grid.getByRole('columnheader', { name: 'Opened' }).click(); // desc
  await grid.getByRole('columnheader', { name: 'Opened' }).click(); // asc
  await expect(grid.getByRole('row').nth(1)).toContainText('2011-12-20');
  await page.screenshot({ path: `${SHOTS}/case-list.png`, fullPage: true });

  await grid.getByRole('row').nth(1).getByRole('link', { name: /^CE-/ }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const timeline = page.getByRole('list', { name: 'Case timeline' });
  await expect(timeline.getByRole('listitem').first()).toContainText('Case opened');
  // The audit log repeats the events ("case.import" beside "Case opened"), so the default view leaves it out.
  await expect(timeline.getByText('case.import')).toHaveCount(0);
  await page.getByLabel('Note').fill('Owner says the trash was removed on 12/23.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(timeline).toContainText('Owner says the trash was removed on 12/23.');
  await page.getByRole('combobox', { name: 'Show' }).click();
  await page.getByRole('option', { name: 'Notes' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Show' }).click();
  await page.getByRole('option', { name: 'Everything' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(timeline.getByRole('listitem').first()).toContainText('Case opened');
  await expect(timeline).toContainText('case.import');
  await page.screenshot({ path: `${SHOTS}/timeline.png`, fullPage: true });
});
