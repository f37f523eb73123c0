/**
 * Settings > Backups in the browser harness: save a schedule, "Back up now" lists a complete
 * backup and shows the last result, and a confirmed restore into a new folder reports its counts.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

test('back up now, see the result, and restore into a new folder', async ({ app, page }) => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'caseready-e2e-backups-'));
  const folder = path.join(work, 'backups');
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Property address').fill('9 Backup Lane, Springfield');
  await dialog.getByLabel('Parcel ID').fill('14-22-301-777');
  await dialog.getByLabel('Owner name').fill('Bea Backup');
  await dialog.getByLabel('Owner mailing address').fill('9 Backup Lane, Springfield');
  await dialog.getByLabel('Inspector').fill('R. Alvarez');
  await dialog.getByLabel('Inspector').press('Enter');
  await expect(dialog).toBeHidden();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText('No backup has been made from this data folder yet.')).toBeVisible();

  const schedule = page.getByRole('form', { name: 'Scheduled backups' });
  await schedule.getByLabel('Backup folder').fill(folder);
  await schedule.getByLabel('Back up automatically').check();
  await schedule.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByText('Backup schedule saved.')).toBeVisible();

  await schedule.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Succeeded /)).toBeVisible({ timeout: 30_000 });
  const list = page.getByRole('list', { name: 'Backups in the folder' });
  await expect(list.getByText(/Complete: 1 case\(s\)/).first()).toBeVisible();
  const backupFolder = (await list.getByRole('listitem').first().locator('.MuiListItemText-primary').textContent())!;
  expect(backupFolder).toContain(path.join(folder, 'caseready-backup-'));

  await page.getByLabel('Backup folder to restore').fill(backupFolder);
  await page.getByLabel('New data folder').fill(path.join(work, 'restored'));
  await page.getByRole('button', { name: 'Restore…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/Restored 1 case\(s\) and \d+ file\(s\) into .*restored; verified/)).toBeVisible({ timeout: 30_000 });

  // Restoring again into the now non-empty folder is refused with the core's sentence.
  await page.getByRole('button', { name: 'Restore…' }).click();
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/is not empty/)).toBeVisible();
  await page.screenshot({ path: '/work/notes/settings.png', fullPage: true });
});
