/**
 * The case's deadlines on the Prepare tab: a past compliance date shows as passed with how it was
 * counted, an upcoming hearing adds the last day to serve notice of it.
 */
import { callApi, expect, isoDaysFromToday, openCase, test } from './fixtures';

test('Prepare lists the case deadlines, soonest first, with how each was counted', async ({ app, page, request }) => {
  const c = await callApi<{ id: number }>(request, app, 'createCase', {
    property: { address: '9 Cedar Court, Springfield', parcelId: '12-400-009' },
    owner: { name: 'Cedar Court LLC', kind: 'organization', mailingAddress: '9 Cedar Court, Springfield' },
    inspector: 'R. Peña',
    openedOn: isoDaysFromToday(-40),
  });
  await callApi(request, app, 'addViolation', {
    caseId: c.id,
    codeSection: 'IPMC 302.4',
    description: 'Weeds over 10 inches.',
    correctiveAction: 'Cut the weeds.',
    complianceDate: isoDaysFromToday(-20),
  });
  await callApi(request, app, 'addHearing', { caseId: c.id, tribunal: 'Appeals Board', docketNumber: 'PMAB-9', scheduledAt: `${isoDaysFromToday(40)}T09:30`, place: 'Room 105' });
  await openCase(page, app, c.id);
  await page.getByRole('tab', { name: 'Prepare' }).click();

  const region = page.getByRole('region', { name: 'Deadlines of this case' });
  const list = region.getByRole('list', { name: /^Deadlines, soonest first, as of \d{4}-\d\d-\d\d$/ });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(/Passed.*Compliance deadline — IPMC 302\.4 \(violation \d+\)/);
  await expect(items.nth(1)).toContainText(/Reinspection due — IPMC 302\.4.*\+ 5 business days/);
  await expect(items.nth(2)).toContainText(/Upcoming.*Last day to serve notice — hearing on .* 09:30.*− 10 calendar days/);
});
