import { describe, expect, it } from 'vitest';
import { newCaseInput, newViolationInput } from '../../../shared/schemas';
import { validateForm } from '../../../renderer/src/lib/formErrors';

const labels = { 'property.address': 'Property address', 'property.parcelId': 'Parcel ID', openedOn: 'Opened on' };

const goodCase = {
  property: { address: '12 Elm St', parcelId: '14-22-301-017' },
  owner: { name: 'Pat Doe', kind: 'individual', mailingAddress: '12 Elm St' },
  inspector: 'R. Alvarez',
  openedOn: '2026-03-01',
};

describe('validateForm with the contract’s own schemas', () => {
  it('returns the parsed (trimmed) value when valid', () => {
    const result = validateForm(newCaseInput, { ...goodCase, inspector: '  R. Alvarez  ' }, labels);
    expect(result).toEqual({ ok: true, value: { ...goodCase, inspector: 'R. Alvarez' } });
  });

  it('names each bad field by its label and path', () => {
    const result = validateForm(
      newCaseInput,
      { ...goodCase, property: { address: '   ', parcelId: '' }, openedOn: '2026-02-30' },
      labels,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['property.address']).toBe('Property address is required');
    expect(result.errors['property.parcelId']).toBe('Parcel ID is required');
    expect(result.errors.openedOn).toBe('Opened on is not a real calendar date');
  });

  it('keeps the first message per field and the bare message for unlabelled fields', () => {
    const result = validateForm(
      newViolationInput,
      { caseId: 1, codeSection: 'x'.repeat(81), description: 'a', correctiveAction: 'b', complianceDate: '03/01/2026' },
      {},
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.codeSection).toBe('must be at most 80 characters');
    expect(result.errors.complianceDate).toBe('must be a date written YYYY-MM-DD');
    expect(Object.keys(result.errors).sort()).toEqual(['codeSection', 'complianceDate']);
  });

  it('rejects control characters a paste can carry into a PDF', () => {
    const result = validateForm(newCaseInput, { ...goodCase, owner: { ...goodCase.owner, name: 'Pat\u0007Doe' } }, { 'owner.name': 'Owner name' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['owner.name']).toBe('Owner name contains control characters');
  });
});
