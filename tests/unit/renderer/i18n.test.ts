import { describe, expect, it } from 'vitest';
import { PARTY_KINDS, VIOLATION_STATUSES } from '../../../shared/domain';
import { ERROR_CODES } from '../../../shared/errors';
import { en, type MessageKey } from '../../../renderer/src/i18n/en';
import { errorHeading, t } from '../../../renderer/src/i18n/t';

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('newCase.created', { caseNumber: 'CE-2026-0001' })).toBe('Case CE-2026-0001 created.');
    expect(t('newCase.created')).toBe('Case {caseNumber} created.');
    expect(t('photos.failed', { fileName: 'IMG_0001.txt' })).toBe('IMG_0001.txt: {message}');
  });

  it('does not treat $ patterns in values as replacement syntax', () => {
    expect(t('cases.noMatch', { query: "$& $' $1" })).toBe('No case matches “$& $\' $1”.');
  });

  it('has a heading for every error code', () => {
    for (const code of ERROR_CODES) expect(errorHeading(code)).toBe(en[`error.${code}` as MessageKey]);
  });

  it('has a label for every owner kind and violation status the domain defines', () => {
    for (const kind of PARTY_KINDS) expect(en[`partyKind.${kind}`]).toBeTruthy();
    for (const status of VIOLATION_STATUSES) expect(en[`violation.status.${status}`]).toBeTruthy();
  });
});
