/**
 * "Property & parties": a clerk records property details, adds a confidential complainant, logs a
 * contact and records ownership research with a deed PDF, and sees "Owner verified as of".
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots-parties';
const COMPLAINANT = 'Zelda Quietwater';

function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function createCase(page: Page) {
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Property address').fill('77 Elm Court, Springfield');
  await dialog.getByLabel('Parcel ID').fill('22-10-100-001');
  await dialog.getByLabel('Owner name').fill('Elm Court Holdings LLC');
  await dialog.getByLabel('Owner mailing address').fill('PO Box 9, Dover, DE 19901');
  await dialog.getByLabel('Inspector').fill('R. Alvarez');
  await dialog.getByLabel('Inspector').press('Enter');
  await expect(dialog).toBeHidden();
}

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a clerk records property details, parties, a contact and ownership research', async ({ app, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(app.url);
  await createCase(page);
  await page.getByRole('tab', { name: 'Property & parties' }).click();

  // Property details: a multi-unit building needs its unit count.
  const property = page.getByRole('region', { name: 'Property details' });
  await choose(page, property, 'Property type', 'Multi-unit');
  await property.getByRole('button', { name: 'Save property details' }).click();
  await expect(property.getByText('Required for multi-unit buildings (2 or more)').first()).toBeVisible();
  await property.getByLabel('Number of units').fill('4');
  await choose(page, property, 'Occupancy', 'Tenant-occupied');
  await choose(page, property, 'Market type', 'Weak');
  await choose(page, property, 'Tax status', 'Delinquent');
  await property.getByLabel('Council district').fill('3');
  await property.getByRole('button', { name: 'Save property details' }).click();
  await expect(page.getByText('Property details saved.')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Property & parties' }).click();
  await expect(page.getByRole('region', { name: 'Property details' }).getByLabel('Number of units')).toHaveValue('4');

  // A complainant is shown with a Confidential chip.
  await page.getByRole('button', { name: 'Add party' }).click();
  const partyDialog = page.getByRole('dialog', { name: 'Add a party to the case' });
  await choose(page, partyDialog, 'Role', 'Complainant');
  await partyDialog.getByLabel('Name').fill(COMPLAINANT);
  await partyDialog.getByLabel('Preferred language').fill('es');
  await partyDialog.getByRole('button', { name: 'Add party' }).click();
  await expect(partyDialog).toBeHidden();
  const parties = page.getByRole('table', { name: 'Parties to the case' });
  const complainantRow = parties.getByRole('row').filter({ hasText: COMPLAINANT });
  await expect(complainantRow.getByText('Confidential')).toBeVisible();
  await expect(complainantRow.getByText('Complainant')).toBeVisible();
  await expect(parties.getByRole('row').filter({ hasText: 'Elm Court Holdings LLC' }).getByText('Owner of record')).toBeVisible();

  // Contact log.
  await page.getByRole('button', { name: 'Log contact' }).click();
  const contactDialog = page.getByRole('dialog', { name: 'Log a contact' });
  await choose(page, contactDialog, 'Method', 'Letter');
  await contactDialog.getByLabel('Summary').fill('Sent a courtesy letter about the gutters.');
  await contactDialog.getByRole('button', { name: 'Log contact' }).click();
  await expect(contactDialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Contact log' }).getByText('Sent a courtesy letter about the gutters.')).toBeVisible();

  // Mailing addresses: the history marks the current one; a new address takes over, the old one stays.
  const ownerRow = () => parties.getByRole('row').filter({ hasText: 'Elm Court Holdings LLC' });
  await ownerRow().getByRole('button', { name: 'Addresses of Elm Court Holdings LLC' }).click();
  const addresses = page.getByRole('dialog', { name: 'Mailing addresses — Elm Court Holdings LLC' });
  const history = addresses.getByRole('list', { name: 'Address history' });
  await expect(history.getByRole('listitem').filter({ hasText: 'PO Box 9, Dover, DE 19901' }).getByText('Current')).toBeVisible();
  await addresses.getByRole('button', { name: 'Add address' }).click();
  await expect(addresses.getByText('New mailing address is required')).toBeVisible();
  await addresses.getByLabel('New mailing address').fill('22 Harbor Rd\nDover, DE 19901');
  await addresses.getByLabel('Note (why it changed, where it came from)').fill('Letter returned; address from the assessor');
  await addresses.getByRole('button', { name: 'Add address' }).click();
  await expect(page.getByText('New current address saved for Elm Court Holdings LLC.')).toBeVisible();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('22 Harbor Rd');
  await expect(history.getByRole('listitem').first().getByText('Current')).toBeVisible();
  await expect(history.getByRole('listitem').filter({ hasText: 'PO Box 9' }).getByText('Current')).toHaveCount(0);
  await expect(history.getByText(/Letter returned; address from the assessor/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/addresses-dialog.png` });
  await addresses.getByRole('button', { name: 'Close' }).click();
  await expect(addresses).toBeHidden();
  await expect(ownerRow()).toContainText('22 Harbor Rd');

  // Preferred language: a common one saves at once; "Other…" takes a code checked like the API.
  await expect(page.getByRole('combobox', { name: `Preferred language of ${COMPLAINANT}` })).toHaveText('Spanish (Español) — es');
  await page.getByRole('combobox', { name: 'Preferred language of Elm Court Holdings LLC' }).click();
  await page.getByRole('option', { name: 'Vietnamese (Tiếng Việt) — vi' }).click();
  await expect(page.getByText('Preferred language saved for Elm Court Holdings LLC.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Preferred language of Elm Court Holdings LLC' })).toHaveText('Vietnamese (Tiếng Việt) — vi');
  await page.getByRole('combobox', { name: 'Preferred language of Elm Court Holdings LLC' }).click();
  await page.getByRole('option', { name: 'Other…' }).click();
  const otherCode = page.getByRole('textbox', { name: 'Language code — Elm Court Holdings LLC' });
  await otherCode.fill('Tagalog!');
  await page.getByRole('button', { name: 'Save language — Elm Court Holdings LLC' }).click();
  await expect(ownerRow().getByText(/Language code must be a language code/)).toBeVisible();
  await otherCode.fill('PT-br');
  await otherCode.press('Enter');
  await expect(page.getByText('Preferred language saved for Elm Court Holdings LLC.')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Property & parties' }).click();
  await expect(page.getByRole('combobox', { name: 'Preferred language of Elm Court Holdings LLC' })).toHaveText('Other…');
  await expect(page.getByRole('textbox', { name: 'Language code — Elm Court Holdings LLC' })).toHaveValue('pt-BR');
  await expect(page.getByRole('table', { name: 'Parties to the case' }).getByRole('row').filter({ hasText: 'Elm Court Holdings LLC' })).toContainText('22 Harbor Rd');

  // A contact with the complainant: the timeline shows it without the complainant's name.
  await page.getByRole('button', { name: 'Log contact' }).click();
  const complainantContact = page.getByRole('dialog', { name: 'Log a contact' });
  await choose(page, complainantContact, 'Party', COMPLAINANT);
  await complainantContact.getByLabel('Summary').fill('Tenant reports water in the bedroom ceiling.');
  await complainantContact.getByRole('button', { name: 'Log contact' }).click();
  await expect(complainantContact).toBeHidden();

  // Ownership research: a text file is refused, the deed PDF is stored.
  await expect(page.getByText(/Owner not yet verified/)).toBeVisible();
  await page.getByRole('button', { name: 'Add finding' }).click();
  const findingDialog = page.getByRole('dialog', { name: 'Add an ownership finding' });
  await findingDialog.getByLabel('Finding').fill('Owner of record: Elm Court Holdings LLC per deed book 123 page 45');
  await choose(page, findingDialog, 'Identifies party', 'Elm Court Holdings LLC (Owner of record)');
  const files = findingDialog.getByLabel('Attach documents (PDF, JPEG, PNG, TIFF)');
  await files.setInputFiles({ name: 'deed.txt', mimeType: 'text/plain', buffer: Buffer.from('not a deed\n') });
  await findingDialog.getByRole('button', { name: 'Save finding' }).click();
  await expect(findingDialog.getByText(/is not a PDF, JPEG, PNG or TIFF file/)).toBeVisible();
  await files.setInputFiles({ name: 'deed.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n') });
  await findingDialog.getByRole('button', { name: 'Save finding' }).click();
  await expect(findingDialog).toBeHidden();
  await expect(page.getByText(`Owner verified as of ${todayLocal()}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open deed.pdf' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/parties-tab.png`, fullPage: true });

  // The timeline lists research and contacts, linked to the deed's vault file; the complainant stays unnamed.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await choose(page, page.locator('body'), 'Show', 'Contacts');
  const timeline = page.getByRole('list', { name: 'Case timeline' });
  await expect(timeline.getByText('Contact with confidential complainant (phone)')).toBeVisible();
  await expect(timeline.getByText('Contact with Elm Court Holdings LLC (letter)')).toBeVisible();
  await expect(timeline.getByText(COMPLAINANT)).toHaveCount(0);
  // Wait for the closing menu's fade-out so the screenshot shows the list.
  await expect(page.locator('.MuiPopover-root')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/timeline-contacts.png`, fullPage: true });
  await choose(page, page.locator('body'), 'Show', 'Ownership');
  await expect(timeline.getByText('Ownership research (recorder deed)')).toBeVisible();
  await expect(timeline.getByText(/Vault file [0-9a-f]{12}/)).toBeVisible();

  // The complainant's name stays off the case header and the case list.
  await page.getByRole('tab', { name: 'Violations & evidence' }).click();
  await expect(page.getByText(COMPLAINANT)).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to cases' }).or(page.getByRole('button', { name: 'Back to cases' })).first().click();
  await expect(page.getByText('77 Elm Court, Springfield')).toBeVisible();
  await expect(page.getByText(COMPLAINANT)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/case-list.png`, fullPage: true });
});
