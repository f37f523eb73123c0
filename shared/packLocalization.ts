/**
 * A pack as it reads in one of its languages: pack.json's owner-facing text (code name,
 * inspector's title, office hours, appeal body, help programs' descriptions) replaced by its
 * `localized.<lang>` version. Documents are built from this, so a Spanish letter never carries
 * an English sentence from pack.json. Proper names stay as written.
 */
import { AppError } from './errors';
import type { JurisdictionPack } from './jurisdictionPack';

export type PackLanguage = JurisdictionPack['languages'][number];

export function packInLanguage(pack: JurisdictionPack, language: PackLanguage): JurisdictionPack {
  if (!pack.languages.includes(language)) {
    throw new AppError('VALIDATION', `The jurisdiction pack "${pack.name}" has no ${language} wording (it offers ${pack.languages.join(', ')}).`);
  }
  if (language === pack.languages[0]) return pack;
  const text = pack.localized?.[language];
  // The pack schema requires localized text for every further language; a pack built in memory
  // without it is a programming error, not a user's.
  if (!text) throw new Error(`pack ${pack.id} offers ${language} without localized.${language}`);
  return {
    ...pack,
    codeName: text.codeName,
    inspectorTitle: text.inspectorTitle,
    department: { ...pack.department, hours: text.department.hours },
    appeal: { ...pack.appeal, body: text.appeal.body },
    helpResources: pack.helpResources.map((r, i) => ({ ...r, description: text.helpResources[i]?.description ?? r.description })),
  };
}

/**
 * The language a document for this recipient is written in: their preferred language when the
 * pack offers it (a regional tag like "es-MX" counts as "es"), else the pack's first language,
 * whose wording carries the help line in the others.
 */
export function languageForRecipient(pack: JurisdictionPack, preferred: string | null | undefined): PackLanguage {
  const primary = preferred?.trim().toLowerCase().split('-')[0];
  const offered = pack.languages.find((l) => l === primary);
  return offered ?? (pack.languages[0] as PackLanguage);
}
