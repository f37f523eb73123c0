/**
 * The languages a notice or a phone call is most often needed in, for the party language picker.
 * Any other BCP-47-ish code is accepted through "other", validated by the same schema as the API.
 */
import { languageTag } from './partiesSchemas';

export interface CommonLanguage {
  readonly code: string;
  /** English name, then the language's own name so a bilingual clerk can confirm it with the party. */
  readonly name: string;
  readonly nativeName: string;
}

export const COMMON_LANGUAGES: readonly CommonLanguage[] = [
  { code: 'en', name: 'English', nativeName: 'English' },
  { code: 'es', name: 'Spanish', nativeName: 'Español' },
  { code: 'vi', name: 'Vietnamese', nativeName: 'Tiếng Việt' },
  { code: 'zh', name: 'Chinese', nativeName: '中文' },
  { code: 'ar', name: 'Arabic', nativeName: 'العربية' },
  { code: 'fr', name: 'French', nativeName: 'Français' },
  { code: 'ht', name: 'Haitian Creole', nativeName: 'Kreyòl ayisyen' },
  { code: 'ko', name: 'Korean', nativeName: '한국어' },
  { code: 'ru', name: 'Russian', nativeName: 'Русский' },
  { code: 'pt', name: 'Portuguese', nativeName: 'Português' },
];

/** What the picker shows for a stored code: one of the common codes, "other" (with the code as text) or "none". */
export type LanguageChoice = { readonly choice: 'none' } | { readonly choice: 'common'; readonly code: string } | { readonly choice: 'other'; readonly code: string };

export function languageChoice(code: string | null): LanguageChoice {
  if (code === null || code === '') return { choice: 'none' };
  return COMMON_LANGUAGES.some((l) => l.code === code) ? { choice: 'common', code } : { choice: 'other', code };
}

/** "Spanish (Español)" for a common code, the code itself for any other; null when not recorded. */
export function languageLabel(code: string | null): string | null {
  if (code === null) return null;
  const known = COMMON_LANGUAGES.find((l) => l.code === code);
  if (!known) return code;
  return known.name === known.nativeName ? known.name : `${known.name} (${known.nativeName})`;
}

/** Free text typed under "other", checked and normalised exactly as the API will ('PT-br' → 'pt-BR'). */
export function parseOtherLanguage(text: string): { ok: true; code: string } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: false, message: "Type a language code such as 'tl' or 'pt-BR'" };
  const r = languageTag.safeParse(text);
  if (!r.success) return { ok: false, message: `Language code ${r.error.issues[0]?.message ?? 'is not valid'}` };
  return { ok: true, code: r.data };
}
