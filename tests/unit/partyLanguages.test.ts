/** The party language picker's choices and the "other" code check (same schema as the API). */
import { describe, expect, it } from 'vitest';
import { setPartyLanguageInput } from '../../shared/partiesSchemas';
import { COMMON_LANGUAGES, languageChoice, languageLabel, parseOtherLanguage } from '../../shared/partyLanguages';

describe('party languages', () => {
  it('offers the ten common codes, each accepted by the API schema', () => {
    expect(COMMON_LANGUAGES.map((l) => l.code)).toEqual(['en', 'es', 'vi', 'zh', 'ar', 'fr', 'ht', 'ko', 'ru', 'pt']);
    for (const l of COMMON_LANGUAGES) {
      expect(setPartyLanguageInput.parse({ partyId: 1, preferredLanguage: l.code }).preferredLanguage).toBe(l.code);
    }
  });

  it('maps a stored code to the picker: none, a common code, or other', () => {
    expect(languageChoice(null)).toEqual({ choice: 'none' });
    expect(languageChoice('vi')).toEqual({ choice: 'common', code: 'vi' });
    expect(languageChoice('tl')).toEqual({ choice: 'other', code: 'tl' });
    expect(languageChoice('pt-BR')).toEqual({ choice: 'other', code: 'pt-BR' });
  });

  it('labels common codes readably and shows other codes as they are', () => {
    expect(languageLabel('es')).toBe('Spanish (Español)');
    expect(languageLabel('en')).toBe('English');
    expect(languageLabel('tl')).toBe('tl');
    expect(languageLabel(null)).toBeNull();
  });

  it('checks and normalises "other" exactly as the API does', () => {
    expect(parseOtherLanguage('PT-br')).toEqual({ ok: true, code: 'pt-BR' });
    expect(parseOtherLanguage(' tl ')).toEqual({ ok: true, code: 'tl' });
    expect(parseOtherLanguage('zh-Hant')).toEqual({ ok: true, code: 'zh-hant' });
    for (const bad of ['Spanish!', 'e', 'english', 'es_MX', 'es-', 'tl\u0007']) {
      const r = parseOtherLanguage(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/language code/i);
    }
    expect(parseOtherLanguage('   ')).toEqual({ ok: false, message: "Type a language code such as 'tl' or 'pt-BR'" });
  });
});
