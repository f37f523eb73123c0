/**
 * The cost statement's wording and rules from a loaded pack. The rules (fines in the demand or
 * apart, the interest rule) are written in every `costs.<lang>.json` of the pack; they must say
 * the same thing in every language, or an owner reading Spanish would be billed differently from
 * one reading English — refused, naming the files.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CostsRules, CostsWording } from '../../../../../shared/costsWording';
import { AppError } from '../../../../../shared/errors';
import type { PackLanguage } from '../../../../../shared/packLocalization';
import { kindWording, type LoadedPack } from '../../../packs/loadPack';

export const COSTS_WORDING_FILE = 'costs';

export function costsWording(loaded: LoadedPack, language: PackLanguage): CostsWording {
  return kindWording<CostsWording>(loaded, COSTS_WORDING_FILE, language);
}

export function costsRules(loaded: LoadedPack): CostsRules {
  const languages = loaded.pack.languages.filter((l) => loaded.wordings?.[l] ?? loaded.notice.language === l);
  const first = languages[0] ?? loaded.notice.language;
  const rules = costsWording(loaded, first).rules;
  for (const l of languages.slice(1)) {
    if (!isDeepStrictEqual(costsWording(loaded, l).rules, rules)) {
      throw new AppError(
        'VALIDATION',
        `The jurisdiction pack "${loaded.pack.name}" states different cost rules in costs.${first}.json and costs.${l}.json (fines in the demand, interest). Make "rules" the same in every language, then load the pack again.`,
      );
    }
  }
  return rules;
}
