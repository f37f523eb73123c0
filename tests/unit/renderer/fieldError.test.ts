import { describe, expect, it } from 'vitest';
import { fieldError } from '../../../renderer/src/lib/useFormSubmit';

describe('fieldError', () => {
  it('marks the field and shows its error in place of the hint', () => {
    expect(fieldError({ 'owner.name': 'Owner name is required' }, 'owner.name', 'Who owns it')).toEqual({
      error: true,
      helperText: 'Owner name is required',
    });
  });

  it('shows the hint, unmarked, when the field has no error', () => {
    expect(fieldError({ other: 'Other is required' }, 'owner.name', 'Who owns it')).toEqual({ error: false, helperText: 'Who owns it' });
  });

  it('shows nothing for a field with neither error nor hint', () => {
    expect(fieldError({}, 'note')).toEqual({ error: false, helperText: undefined });
  });
});
