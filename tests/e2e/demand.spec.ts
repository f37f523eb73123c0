/**
 * Demand for payment: with nothing owed the Costs tab says why it cannot issue one; the clerk
 * records an abatement cost, confirms the balance and pay-by date (issuing is permanent), sees
 * the issued letter in the preview, and finds it in the case's documents and the Service tab's
 * document picker.
 */
import { mkdirSync } from 'node:fs';
import { callApi, expect, openCase, test } from './fixtures';

const SHOTS = '/tmp/shots-demand';

test('a clerk bills an abatement and issues the demand for payment', async ({ app, page, request }) => {
  mkdirSync(SHOTS, { recursive: true });
  const c = await callApi<{ id: number }>(request, app, 'createCase', {
    property: { address: '905 Quarry Road, Springfield', parcelId: '31-07-400-012' },
    owner: { name: 'Quarry Road Partners LLC', kind: 'organization', mailingAddress: 'PO Box 77, Dover, DE 19901' },
    inspector: 'R. Alvarez',
  });
  await openCase(page, app, c.id);

  await page.getByRole('tab', { name: 'Costs & liens' }).click();
  const issue = page.getByRole('button', { name: 'Issue demand for payment' });
  await expect(issue).toBeDisabled();
  await expect(page.getByText(/has no abatement cost or administrative fee on its ledger/)).toBeVisible();

  await page.getByRole('button', { name: 'Add cost or payment' }).click();
  const entry = page.getByRole('dialog', { name: 'Add a cost or payment' });
  await entry.getByLabel('Amount').fill('1,234.50');
  await entry.getByLabel('Description').fill('Lot mowed and cleared');
  await entry.getByLabel('Contractor').fill('GreenCut LLC');
  await entry.getByRole('button', { name: 'Add cost or payment' }).click();
  await expect(entry).toBeHidden();
  await expect(page.getByText('Balance due $1,234.50')).toBeVisible();

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
